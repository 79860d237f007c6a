package io.github.multiproc.cluster.manager;

import com.hazelcast.config.QueueConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.github.multiproc.ManagedLock;
import io.github.multiproc.Namespace;
import io.github.multiproc.cluster.Authkey;
import io.github.multiproc.cluster.Cluster;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentMap;

/**
 * A manager whose objects are kept on a Hazelcast cluster: Python's {@code multiprocessing}
 * manager ({@code SyncManager}) with the cluster in the role of the manager's server process. Its
 * methods return the same Java types as {@link io.github.multiproc.Manager}'s, so a worker that
 * takes a {@code ConcurrentMap}, {@code List}, {@code BlockingQueue}, {@code Namespace} or
 * {@code ManagedValue} runs unchanged with either; a cluster object passed to a worker crosses as
 * a reference, and the worker's process connects to the cluster at its first call.
 *
 * <pre>{@code
 * try (ClusterManager manager = ClusterManager.connect(cluster)) { // Python: with Manager() as m:
 *   ConcurrentMap<String, Integer> d = manager.dict();               //   d = m.dict()
 *   UpdaterProcesses.update(d).start();                              // crosses by reference
 * }
 * }</pre>
 *
 * <p>Every value is stored as its codec bytes sealed with an HMAC under the cluster's authkey;
 * every read checks it (see {@code docs/cluster-managers.md} for what Hazelcast itself keeps
 * unauthenticated). {@link #close()} destroys the objects this manager made without a name, as
 * Python's manager shutdown does; named objects stay for the next manager that asks for them.
 */
public final class ClusterManager implements AutoCloseable {
  private static final String PREFIX = "multiproc.";

  private final ClusterContext cluster;
  private final List<ClusterHandle> unnamed = new ArrayList<>();

  private ClusterManager(ClusterContext cluster) {
    this.cluster = cluster;
  }

  /**
   * A manager over {@code instance}, a member or client of the cluster {@code clusterName},
   * sealing values with {@code authkey}. The cluster's connection handle calls this; proxies
   * that cross to another process reach the cluster through the members {@code instance} sees.
   *
   * @throws IllegalArgumentException if {@code authkey} has fewer than 16 bytes
   */
  static ClusterManager over(HazelcastInstance instance, String clusterName, byte[] authkey) {
    Authkey.check(authkey, "the caller");
    return new ClusterManager(ClusterContext.of(instance, clusterName, authkey));
  }

  /**
   * A manager on the cluster {@code cluster} is connected to, sealing values with its authkey:
   * Python's {@code SyncManager(address, authkey).connect()}. Closing the manager destroys the
   * objects it made without a name; the connection stays open (close it yourself).
   */
  public static ClusterManager connect(Cluster cluster) {
    return over(cluster.hazelcast(), cluster.address().name(), cluster.authkey());
  }

  /**
   * A new dict on the cluster: Python's {@code manager.dict()}, over an {@code IMap}. Null values
   * are kept; iteration follows Hazelcast's partitions, not insertion order.
   */
  public <K, V> ConcurrentMap<K, V> dict() {
    return new ClusterDict<>(newObject(ClusterType.DICT, ""));
  }

  /** The dict named {@code name}, made empty on first use: how processes of a cluster meet. */
  public <K, V> ConcurrentMap<K, V> dict(String name) {
    return new ClusterDict<>(named(ClusterType.DICT, name));
  }

  /** A new empty list on the cluster: Python's {@code manager.list()}, over an {@code IList}. */
  public <E> List<E> list() {
    return new ClusterList<>(newObject(ClusterType.LIST, ""));
  }

  /** A new list holding {@code items}: Python's {@code manager.list(iterable)}. */
  public <E> List<E> list(Collection<? extends E> items) {
    List<E> list = list();
    list.addAll(items);
    return list;
  }

  /** The list named {@code name}, made empty on first use. */
  public <E> List<E> list(String name) {
    return new ClusterList<>(named(ClusterType.LIST, name));
  }

  /** A new unbounded queue: Python's {@code manager.Queue()}, over an {@code IQueue}. */
  public <E> BlockingQueue<E> queue() {
    return new ClusterQueue<>(newObject(ClusterType.QUEUE, ""));
  }

  /**
   * A new queue of at most {@code maxSize} items: Python's {@code manager.Queue(maxsize)}; a
   * {@code put} waits while it is full, {@code offer} says whether there was room. Hazelcast
   * bounds a queue by configuration, so the first bounded queue of each size adds one queue
   * configuration (for the name pattern {@code multiproc.queue.max<size>.*}) to the cluster.
   *
   * @throws IllegalArgumentException if {@code maxSize} is not positive
   */
  public <E> BlockingQueue<E> queue(int maxSize) {
    if (maxSize <= 0) {
      throw new IllegalArgumentException("a queue's maxSize must be positive, not " + maxSize);
    }
    String group = "max" + maxSize + ".";
    cluster
        .instance()
        .getConfig()
        .addQueueConfig(
            new QueueConfig(PREFIX + ClusterType.QUEUE.tag() + "." + group + "*")
                .setMaxSize(maxSize));
    return new ClusterQueue<>(newObject(ClusterType.QUEUE, group));
  }

  /** The queue named {@code name}, unbounded, made on first use. */
  public <E> BlockingQueue<E> queue(String name) {
    return new ClusterQueue<>(named(ClusterType.QUEUE, name));
  }

  /** A new namespace: Python's {@code manager.Namespace()}, over an {@code IMap}. */
  public Namespace namespace() {
    return new ClusterNamespace(newObject(ClusterType.NAMESPACE, ""));
  }

  /** The namespace named {@code name}, made on first use. */
  public Namespace namespace(String name) {
    return new ClusterNamespace(named(ClusterType.NAMESPACE, name));
  }

  /**
   * A new lock: Python's {@code manager.Lock()}, over {@code IMap.lock}; see
   * {@link ManagedLock#wasAbandoned()} for a holder that died, and {@code docs/cluster-managers.md}
   * for what a lock without a CP subsystem does not promise.
   */
  public ManagedLock lock() {
    return new ClusterLock(newObject(ClusterType.LOCK, ""));
  }

  /** The lock named {@code name}. */
  public ManagedLock lock(String name) {
    return new ClusterLock(named(ClusterType.LOCK, name));
  }

  /**
   * A new value holding {@code initial}: Python's {@code manager.Value(typecode, value)}, one
   * entry of a shared {@code IMap}, updated atomically by entry processors.
   */
  public <T> ClusterValue<T> value(T initial) {
    ClusterValueProxy<T> value = new ClusterValueProxy<>(newObject(ClusterType.VALUE, ""));
    value.set(initial);
    return value;
  }

  /** The value named {@code name}, made holding {@code initial} on first use. */
  public <T> ClusterValue<T> value(String name, T initial) {
    ClusterValueProxy<T> value = new ClusterValueProxy<>(named(ClusterType.VALUE, name));
    value.initialize(initial);
    return value;
  }

  private ClusterHandle newObject(ClusterType type, String group) {
    ClusterHandle handle =
        new ClusterHandle(cluster, type, PREFIX + type.tag() + "." + group + UUID.randomUUID());
    synchronized (unnamed) {
      unnamed.add(handle);
    }
    return handle;
  }

  private ClusterHandle named(ClusterType type, String name) {
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a cluster object's name must not be empty");
    }
    return new ClusterHandle(cluster, type, PREFIX + type.tag() + ".named." + name);
  }

  /**
   * Destroys the objects this manager made without a name (Python's {@code manager.shutdown()}
   * for the objects it served); their proxies, in any process, then see them empty or gone.
   */
  @Override
  public void close() {
    List<ClusterHandle> made;
    synchronized (unnamed) {
      made = new ArrayList<>(unnamed);
      unnamed.clear();
    }
    HazelcastInstance instance = cluster.instance();
    for (ClusterHandle handle : made) {
      destroy(instance, handle);
    }
  }

  private static void destroy(HazelcastInstance instance, ClusterHandle handle) {
    String name = handle.name();
    switch (handle.type()) {
      case LOCK:
        IMap<String, byte[]> locks = instance.getMap(ClusterType.LOCKS_MAP);
        locks.forceUnlock(name);
        locks.delete(name);
        break;
      case VALUE:
        instance.getMap(ClusterType.VALUES_MAP).delete(name);
        break;
      case LIST:
        instance.getList(name).destroy();
        break;
      case QUEUE:
        instance.getQueue(name).destroy();
        break;
      default:
        instance.getMap(name).destroy();
    }
  }
}
