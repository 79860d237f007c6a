package io.github.multiproc;

import io.github.multiproc.internal.hub.Authkeys;
import io.github.multiproc.internal.hub.PidDirectories;
import io.github.multiproc.internal.hub.ServerAddresses;
import io.github.multiproc.internal.manager.ManagerClient;
import io.github.multiproc.internal.manager.ManagerInitializers;
import io.github.multiproc.internal.manager.ManagerServer;
import io.github.multiproc.internal.manager.ManagerServerLauncher;
import io.github.multiproc.internal.process.CallSpec;
import io.github.multiproc.internal.process.ProcessContext;
import io.github.multiproc.internal.process.SocketArguments;
import io.github.multiproc.wire.Codecs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.Lock;

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

  private final ManagerClient link;
  private final ChildProcess<Void> process;
  private final ManagerServer server;
  private final Path directory;

  private Manager(ManagerClient link, ChildProcess<Void> process, ManagerServer server, Path dir) {
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
    return start("", List.of());
  }

  /**
   * Starts a manager server, as {@link #start()}, whose process first runs {@code initializer}
   * with {@code initargs}: Python's {@code SyncManager().start(initializer, initargs)}. The
   * initializer crosses by name and must be registered as a {@link ManagerInitializer} service
   * provider (see there); the arguments cross as {@code Codecs.OBJECT} values.
   *
   * @throws IllegalArgumentException if {@code initializer} is not a registered provider
   * @throws IllegalStateException if the server did not start; when the initializer threw, the
   *     cause is its failure
   */
  public static Manager start(Class<? extends ManagerInitializer> initializer, Object... initargs) {
    ManagerInitializers.requireRegistered(initializer);
    return start(initializer.getName(), Arrays.asList(initargs));
  }

  private static Manager start(String initializer, List<Object> initargs) {
    Path dir;
    try {
      dir = PidDirectories.create(Path.of("/tmp"), "multiproc-manager-");
    } catch (IOException e) {
      throw new UncheckedIOException("could not make the manager's socket directory", e);
    }
    Path socket = dir.resolve("manager");
    ChildProcess<Void> child =
        new ChildProcess<>(
            CallSpec.encode(
                ManagerServerLauncher.class,
                ManagerServerLauncher.ENTRY,
                Codecs.VOID,
                null,
                true,
                List.of(),
                out -> {
                  SocketArguments.mark(); // the server listens on a Unix-domain socket
                  out.writeString(socket.toString());
                  out.writeString(initializer);
                  Codecs.OBJECT.encode(out, initargs);
                }));
    child.start();
    byte[] key = ProcessContext.sessionKey();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (true) {
      if (Files.exists(socket)) {
        try {
          ManagerClient link = ManagerClient.connect(UnixDomainSocketAddress.of(socket), key);
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
            "the manager process did not start (exit code " + child.exitCode() + ")",
            failureOf(child));
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

  /** What the server process reported before it ended (its initializer's failure), or null. */
  private static Throwable failureOf(ChildProcess<Void> child) {
    try {
      child.result();
      return null;
    } catch (RuntimeException e) {
      return e;
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
    ManagerServer server =
        ManagerServer.start(ServerAddresses.toBind(address), Authkeys.checked(authkey));
    ServerAddresses.warnIfExposed(server.address(), "a manager");
    SocketAddress bound = server.address();
    if (bound instanceof InetSocketAddress inet && inet.getAddress().isAnyLocalAddress()) {
      bound = new InetSocketAddress(InetAddress.getLoopbackAddress(), inet.getPort());
    }
    try {
      return new Manager(ManagerClient.connect(bound, authkey), null, server, null);
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
    return new Manager(ManagerClient.connect(address, Authkeys.checked(authkey)), null, null, null);
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
   * Its {@code newCondition()} is a {@link ManagedCondition} on it: Python's
   * {@code manager.Condition(lock)}. If its holder dies (or closes all its connections to the
   * manager) the manager releases it: see {@link ManagedLock#wasAbandoned()}.
   */
  public ManagedLock lock() {
    return (ManagedLock) link.create("lock", null, null);
  }

  /** The lock named {@code name}, made on first use: how clients of a remote manager meet. */
  public ManagedLock lock(String name) {
    return (ManagedLock) link.create("lock", name, null);
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

  /**
   * A new queue of at most {@code maxSize} items: Python's {@code manager.Queue(maxsize)}; a
   * {@code put} waits while it is full, {@code offer} says whether there was room.
   */
  @SuppressWarnings("unchecked")
  public <E> BlockingQueue<E> queue(int maxSize) {
    return (BlockingQueue<E>) link.create("queue", null, positive(maxSize, "queue's maxSize"));
  }

  /** A new unbounded joinable queue: Python's {@code manager.JoinableQueue()}. */
  @SuppressWarnings("unchecked")
  public <E> ManagedJoinableQueue<E> joinableQueue() {
    return (ManagedJoinableQueue<E>) link.create("joinablequeue", null, null);
  }

  /** A new joinable queue of at most {@code maxSize} items: Python's {@code JoinableQueue(maxsize)}. */
  @SuppressWarnings("unchecked")
  public <E> ManagedJoinableQueue<E> joinableQueue(int maxSize) {
    return (ManagedJoinableQueue<E>)
        link.create("joinablequeue", null, positive(maxSize, "queue's maxSize"));
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

  /** The event named {@code name}, made clear on first use. */
  public ManagedEvent event(String name) {
    return (ManagedEvent) link.create("event", name, null);
  }

  /** The value named {@code name}, made holding {@code initial} on first use. */
  @SuppressWarnings("unchecked")
  public <T> ManagedValue<T> value(String name, T initial) {
    return (ManagedValue<T>) link.create("value", name, initial);
  }

  /**
   * A new value of one type code: Python's {@code manager.Value('i', 0)}. Codes and their Java
   * types: {@code 'b'} Byte, {@code 'h'} Short, {@code 'i'} Integer, {@code 'l'}/{@code 'q'} Long,
   * {@code 'f'} Float, {@code 'd'} Double, {@code 'c'}/{@code 'u'} Character. Unlike Python's
   * manager, which ignores the code, a {@code set} of another type fails with an
   * {@link IllegalArgumentException}.
   *
   * @throws IllegalArgumentException for an unknown or unsigned code, or an initial value of
   *     another type
   */
  @SuppressWarnings("unchecked")
  public <T> ManagedValue<T> value(char typeCode, T initial) {
    return (ManagedValue<T>)
        link.create("typedvalue", null, Arrays.asList(String.valueOf(typeCode), initial));
  }

  /**
   * A new array of {@code values}, all of one type code (as {@link #value(char, Object)}):
   * Python's {@code manager.Array('i', [1, 2, 3])}. A fixed-size {@code List}: {@code get} and
   * {@code set} by index; {@code add} and {@code remove} are unsupported.
   */
  @SuppressWarnings("unchecked")
  public <T> List<T> array(char typeCode, Collection<? extends T> values) {
    return (List<T>)
        link.create(
            "array", null, List.of(String.valueOf(typeCode), new java.util.ArrayList<>(values)));
  }

  /** A new semaphore of {@code permits} permits: Python's {@code manager.Semaphore(value)}. */
  public ManagedSemaphore semaphore(int permits) {
    return (ManagedSemaphore) link.create("semaphore", null, permits);
  }

  /**
   * A new semaphore whose permits may never exceed {@code permits}: Python's
   * {@code manager.BoundedSemaphore(value)}.
   */
  public ManagedSemaphore boundedSemaphore(int permits) {
    return (ManagedSemaphore) link.create("boundedsemaphore", null, permits);
  }

  /** A new condition on a new reentrant lock: Python's {@code manager.Condition()}. */
  public ManagedCondition condition() {
    return link.condition(rlock());
  }

  /**
   * A new condition on {@code lock}: Python's {@code manager.Condition(lock)}.
   *
   * @throws IllegalArgumentException if {@code lock} is not a lock of this manager
   */
  public ManagedCondition condition(Lock lock) {
    return link.condition(lock);
  }

  /** A new barrier for {@code parties} parties: Python's {@code manager.Barrier(parties)}. */
  public ManagedBarrier barrier(int parties) {
    return (ManagedBarrier) link.create("barrier", null, List.of(parties, -1L));
  }

  /**
   * A new barrier whose untimed {@code await()} gives up after {@code timeout}: Python's
   * {@code manager.Barrier(parties, timeout=t)}. Python's {@code action} would run in the
   * manager's process, which cannot run code sent to it; use {@link ProcessBarrier#create(int,
   * Runnable, Duration)} for a barrier with an action.
   */
  public ManagedBarrier barrier(int parties, Duration timeout) {
    return (ManagedBarrier)
        link.create(
            "barrier",
            null,
            List.of(parties, Math.max(1L, ProcessBarrier.requirePositive(timeout).toMillis())));
  }

  private static int positive(int value, String what) {
    if (value <= 0) {
      throw new IllegalArgumentException("a " + what + " must be positive, not " + value);
    }
    return value;
  }

  /**
   * A new object of a {@code @Managed} interface, made in the manager from its implementation
   * class: Python's {@code BaseManager.register(typeid, callable)} then {@code manager.typeid()}.
   *
   * @throws IllegalArgumentException if {@code managedInterface} is not annotated {@code @Managed}
   *     and compiled with the multiproc processor
   */
  public <T> T create(Class<T> managedInterface) {
    return link.createManaged(managedInterface, null);
  }

  /** The object of a {@code @Managed} interface named {@code name}, made on first use. */
  public <T> T create(Class<T> managedInterface, String name) {
    return link.createManaged(managedInterface, name);
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
