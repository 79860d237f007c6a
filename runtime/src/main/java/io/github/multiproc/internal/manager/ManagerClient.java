package io.github.multiproc.internal.manager;

import io.github.multiproc.AuthenticationException;
import io.github.multiproc.ManagedCondition;
import io.github.multiproc.spi.ManagedType;
import io.github.multiproc.wire.WireOutput;
import java.net.SocketAddress;
import java.util.concurrent.locks.Lock;

/** What the public {@code Manager} needs from the runtime: make objects, shut the server down. */
public final class ManagerClient {
  private final Endpoint endpoint;

  private ManagerClient(Endpoint endpoint) {
    this.endpoint = endpoint;
  }

  /** A link to the manager at {@code address}; connects once to check the key. */
  public static ManagerClient connect(SocketAddress address, byte[] key)
      throws AuthenticationException {
    Endpoint endpoint = Endpoint.of(address, key, 0);
    endpoint.verify();
    return new ManagerClient(endpoint);
  }

  public SocketAddress address() {
    return endpoint.address();
  }

  public long pid() {
    return endpoint.pid();
  }

  /** Makes (or, with a name, finds) an object of a built-in type and returns its proxy. */
  public Object create(String tag, String name, Object initial) {
    return ProxyReferences.proxy(handle(tag, name, initial));
  }

  /** Makes (or finds) an object of a {@code @Managed} interface and returns its proxy. */
  public <T> T createManaged(Class<T> type, String name) {
    ManagedType<?> shared = ManagedTypeRegistry.byName(type.getName());
    ObjectHandle handle = handle(TypeIds.MANAGED_PREFIX + type.getName(), name, null);
    return type.cast(shared.newProxy(handle));
  }

  private ObjectHandle handle(String tag, String name, Object initial) {
    return ObjectHandle.create(endpoint, tag, name, initial);
  }

  /**
   * A new condition on {@code lock}, which must be a lock (or a condition's lock) of this manager:
   * Python's {@code manager.Condition(lock)}.
   */
  public ManagedCondition condition(Lock lock) {
    if (!(lock instanceof LockProxy proxy) || !proxy.heldBy(endpoint)) {
      throw new IllegalArgumentException(
          "a manager condition needs a lock of the same manager"
              + " (manager.lock(), manager.rlock() or a manager condition's lock()), not "
              + lock
              + "; a ProcessLock has its own conditions: ProcessCondition");
    }
    return proxy.newCondition();
  }

  /** Asks the server to stop (Python's {@code manager.shutdown()}). */
  public void shutdown() {
    WireOutput frame = new WireOutput();
    frame.writeByte(ManagerProtocol.SHUTDOWN);
    endpoint.request(frame.toByteArray());
  }

  /** Closes this process's idle connections to the manager. */
  public void closeIdle() {
    endpoint.closeIdle();
  }
}
