package io.github.multiproc;

import io.github.multiproc.internal.hub.Authkeys;
import io.github.multiproc.internal.hub.PidDirectories;
import io.github.multiproc.internal.hub.ServerAddresses;
import io.github.multiproc.internal.manager.ManagerLink;
import io.github.multiproc.internal.manager.ManagerServer;
import io.github.multiproc.internal.manager.ManagerServerLauncher;
import io.github.multiproc.internal.process.ProcessContext;
import io.github.multiproc.internal.process.SocketArguments;
import io.github.multiproc.spi.Codecs;
import io.github.multiproc.spi.WorkerCall;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentMap;

/**
 * A server holding shared objects that any process uses through proxies: Python's
 * {@code multiprocessing.Manager()} / {@code SyncManager} ({@link #start()}), and its remote form
 * {@code BaseManager(address, authkey)} ({@link #serve} and {@link #connect}).
 *
 * <pre>{@code
 * try (Manager manager = Manager.start()) {          // Python: with Manager() as manager:
 *   ConcurrentMap<Object, Object> d = manager.dict(); //   d = manager.dict()
 *   List<Integer> l = manager.list(List.of(0, 1, 2)); //   l = manager.list(range(3))
 *   UpdaterProcesses.update(d, l).start();            // proxies cross by reference
 * }
 * }</pre>
 *
 * <p>{@code UpdaterProcesses} is what the processor generates for a class {@code Updater} with
 * {@code @Worker static void update(ConcurrentMap<Object, Object> d, List<Integer> l)}.
 *
 * <p>Every proxy method is one atomic call in the manager. Values cross with {@code Codecs.OBJECT};
 * a proxy stored in another managed object (a list in a dict) is stored as a reference, so it
 * stays shared. When the manager is gone, every proxy call fails at once with an
 * {@link IllegalStateException} naming the manager's pid and address; when it goes silent (its
 * machine vanished, the network split), the call fails the same way after
 * {@code -Dmultiproc.managerTimeoutMillis} (20000 by default) without an answer or a heartbeat.
 * Over TCP, use a trusted network only: the authkey proves both ends, nothing is encrypted.
 */
public final class Manager implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

  private final ManagerLink link;
  private final ChildProcess<Void> process;
  private final ManagerServer server;
  private final Path directory;

  private Manager(ManagerLink link, ChildProcess<Void> process, ManagerServer server, Path dir) {
    this.link = link;
    this.process = process;
    this.server = server;
    this.directory = dir;
  }

  /**
   * Starts a manager server in a new daemon child JVM: Python's {@code Manager()} /
   * {@code SyncManager().start()}. It listens on a private Unix-domain socket and accepts only
   * processes of this tree (they share its authkey, Python's {@code current_process().authkey}).
   */
  public static Manager start() {
    Path dir;
    try {
      dir = PidDirectories.create(Path.of("/tmp"), "multiproc-manager-");
    } catch (IOException e) {
      throw new UncheckedIOException("could not make the manager's socket directory", e);
    }
    Path socket = dir.resolve("manager");
    ChildProcess<Void> child =
        WorkerCall.to(ManagerServerLauncher.class, ManagerServerLauncher.ENTRY, Codecs.VOID)
            .daemon(true)
            .arguments(out -> {
              SocketArguments.mark(); // the server listens on a Unix-domain socket
              out.writeString(socket.toString());
            })
            .newProcess();
    child.start();
    byte[] key = ProcessContext.sessionKey();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (true) {
      if (Files.exists(socket)) {
        try {
          ManagerLink link = ManagerLink.connect(UnixDomainSocketAddress.of(socket), key);
          return new Manager(link, child, null, dir);
        } catch (AuthenticationException | IllegalStateException e) {
          // not accepting yet; retry below
        }
      }
      if (!child.isAlive() || System.nanoTime() > deadline) {
        child.kill();
        child.join(Duration.ofSeconds(5));
        PidDirectories.deleteQuietly(dir);
        throw new IllegalStateException(
            "the manager process did not start (exit code " + child.exitCode() + ")");
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        child.kill();
        throw new IllegalStateException("interrupted while starting the manager", e);
      }
    }
  }

  /**
   * Serves a manager in THIS process on {@code address} (a TCP {@link InetSocketAddress}; port 0
   * picks a free port, see {@link #address()}), accepting clients that know {@code authkey}:
   * Python's {@code BaseManager(address, authkey).get_server().serve_forever()}, run on background
   * threads until {@link #close()}. An address made from a port alone
   * ({@code new InetSocketAddress(port)}) binds loopback; a host that other machines reach (the
   * wildcard {@code "0.0.0.0"} included) is logged once as a WARNING on the
   * {@code io.github.multiproc.network} logger.
   *
   * @throws IllegalArgumentException if {@code authkey} has fewer than 16 bytes (make one with
   *     {@link Multiproc#randomAuthkey()})
   */
  public static Manager serve(SocketAddress address, byte[] authkey) throws IOException {
    ManagerServer server = ManagerServer.start(ServerAddresses.toBind(address),
        Authkeys.checked(authkey));
    ServerAddresses.warnIfExposed(server.address(), "a manager");
    SocketAddress bound = server.address();
    if (bound instanceof InetSocketAddress inet && inet.getAddress().isAnyLocalAddress()) {
      bound = new InetSocketAddress(InetAddress.getLoopbackAddress(), inet.getPort());
    }
    try {
      return new Manager(ManagerLink.connect(bound, authkey), null, server, null);
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /**
   * Connects to a manager another process serves: Python's
   * {@code BaseManager(address, authkey).connect()}.
   *
   * @throws AuthenticationException if the server does not accept {@code authkey}
   * @throws IllegalStateException if nothing serves at {@code address}
   * @throws IllegalArgumentException if {@code authkey} has fewer than 16 bytes
   */
  public static Manager connect(SocketAddress address, byte[] authkey)
      throws AuthenticationException {
    return new Manager(ManagerLink.connect(address, Authkeys.checked(authkey)), null, null, null);
  }

  /** Where the manager listens: Python's {@code manager.address}. */
  public SocketAddress address() {
    return link.address();
  }

  /** The pid of the manager's server process. */
  public long pid() {
    return link.pid();
  }

  /**
   * A new shared dict: Python's {@code manager.dict()}. Unlike {@code ConcurrentHashMap} it allows
   * null values (Python's {@code None}) and keeps insertion order; {@code toString()} prints like a
   * Java map: {@code {1=1, 2=2, 0.25=null}}. Views ({@code entrySet()}…) are snapshots.
   */
  @SuppressWarnings("unchecked")
  public <K, V> ConcurrentMap<K, V> dict() {
    return (ConcurrentMap<K, V>) link.create("dict", null, null);
  }

  /** The dict named {@code name}, made on first use: how clients of a remote manager meet. */
  @SuppressWarnings("unchecked")
  public <K, V> ConcurrentMap<K, V> dict(String name) {
    return (ConcurrentMap<K, V>) link.create("dict", name, null);
  }

  /** A new empty shared list: Python's {@code manager.list()}. */
  @SuppressWarnings("unchecked")
  public <E> List<E> list() {
    return (List<E>) link.create("list", null, null);
  }

  /** A new shared list holding {@code items}: Python's {@code manager.list(iterable)}. */
  @SuppressWarnings("unchecked")
  public <E> List<E> list(Collection<? extends E> items) {
    return (List<E>) link.create("list", null, new java.util.ArrayList<>(items));
  }

  /** The list named {@code name}, made empty on first use. */
  @SuppressWarnings("unchecked")
  public <E> List<E> list(String name) {
    return (List<E>) link.create("list", name, null);
  }

  /** A new namespace: Python's {@code manager.Namespace()}. */
  public Namespace namespace() {
    return (Namespace) link.create("namespace", null, null);
  }

  /** The namespace named {@code name}, made on first use. */
  public Namespace namespace(String name) {
    return (Namespace) link.create("namespace", name, null);
  }

  /**
   * A new lock held by the manager: Python's {@code manager.Lock()}; any thread may unlock it.
   * {@code newCondition()} is not supported. If its holder dies (or closes all its connections to
   * the manager) the manager releases it: see {@link ManagedLock#wasAbandoned()}.
   */
  public ManagedLock lock() {
    return (ManagedLock) link.create("lock", null, null);
  }

  /**
   * A new reentrant lock held by the manager, owned per thread: Python's {@code manager.RLock()};
   * released as {@link #lock()} is when its holder dies.
   */
  public ManagedLock rlock() {
    return (ManagedLock) link.create("rlock", null, null);
  }

  /** A new unbounded queue: Python's {@code manager.Queue()}. */
  @SuppressWarnings("unchecked")
  public <E> BlockingQueue<E> queue() {
    return (BlockingQueue<E>) link.create("queue", null, null);
  }

  /** The queue named {@code name}, made unbounded on first use. */
  @SuppressWarnings("unchecked")
  public <E> BlockingQueue<E> queue(String name) {
    return (BlockingQueue<E>) link.create("queue", name, null);
  }

  /** A new event: Python's {@code manager.Event()}. */
  public ManagedEvent event() {
    return (ManagedEvent) link.create("event", null, null);
  }

  /** A new value: Python's {@code manager.Value(typecode, initial)}. */
  @SuppressWarnings("unchecked")
  public <T> ManagedValue<T> value(T initial) {
    return (ManagedValue<T>) link.create("value", null, initial);
  }

  /**
   * A new object of a {@code @Shared} interface, made in the manager from its implementation
   * class: Python's {@code BaseManager.register(typeid, callable)} then {@code manager.typeid()}.
   *
   * @throws IllegalArgumentException if {@code sharedInterface} is not annotated {@code @Shared}
   *     and compiled with the multiproc processor
   */
  public <T> T create(Class<T> sharedInterface) {
    return link.createShared(sharedInterface, null);
  }

  /** The object of a {@code @Shared} interface named {@code name}, made on first use. */
  public <T> T create(Class<T> sharedInterface, String name) {
    return link.createShared(sharedInterface, name);
  }

  /**
   * Shuts down a manager this handle started or serves (Python's {@code shutdown()}, the end of
   * {@code with Manager()}); a connected client only drops its connections.
   */
  @Override
  public void close() {
    if (process != null) {
      try {
        link.shutdown();
      } catch (RuntimeException e) {
        // already gone: make sure below
      }
      if (!process.join(Duration.ofSeconds(5))) {
        process.kill();
        process.join(Duration.ofSeconds(5));
      }
      PidDirectories.deleteQuietly(directory);
    } else if (server != null) {
      server.close();
    }
    link.closeIdle();
  }

  @Override
  public String toString() {
    return "<Manager pid=" + pid() + " address=" + address() + ">";
  }
}
