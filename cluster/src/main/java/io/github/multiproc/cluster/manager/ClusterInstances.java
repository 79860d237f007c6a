package io.github.multiproc.cluster.manager;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;
import io.github.multiproc.cluster.HazelcastSettings;
import io.github.multiproc.spi.ChildEnd;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Hazelcast instance this process uses for each cluster, by cluster name: the first still
 * running of the members and clients {@link ClusterManager}s were made from, or else one client this class connects when a proxy that
 * crossed from another process makes its first call (a worker handed a cluster dict). A client
 * made here shuts down when the worker's call is done (in a multiproc child) or with the JVM,
 * through Hazelcast's shutdown hook.
 */
final class ClusterInstances {
  /** How long a new client tries to reach the cluster before its first call fails. */
  private static final long CONNECT_TIMEOUT_MILLIS = 30_000;

  /** How long one call waits for the cluster before it fails: bounded, so a worker never hangs. */
  private static final String INVOCATION_TIMEOUT_SECONDS = "30";

  /** Per cluster name, the instances this process has, oldest first; shut-down ones included. */
  private static final Map<String, List<HazelcastInstance>> BY_CLUSTER = new ConcurrentHashMap<>();

  private ClusterInstances() {}

  /** Adds {@code instance} to those this process may call {@code clusterName} through. */
  static void register(String clusterName, HazelcastInstance instance) {
    List<HazelcastInstance> known =
        BY_CLUSTER.computeIfAbsent(clusterName, name -> new CopyOnWriteArrayList<>());
    known.removeIf(ClusterInstances::hasEnded);
    // By identity: a shut-down client's proxy throws from equals.
    if (known.stream().noneMatch(registered -> registered == instance)) {
      known.add(instance);
    }
  }

  /**
   * Whether {@code instance} has shut down; asking a shut-down member's proxy throws, so this
   * catches that.
   */
  static boolean hasEnded(HazelcastInstance instance) {
    try {
      return !instance.getLifecycleService().isRunning();
    } catch (IllegalStateException e) { // HazelcastInstanceNotActiveException
      return true;
    }
  }

  /**
   * The running instance of {@code clusterName}, or a new client that reaches it through
   * {@code members} ({@code host:port} each).
   */
  static synchronized HazelcastInstance forCluster(String clusterName, List<String> members) {
    List<HazelcastInstance> known =
        BY_CLUSTER.computeIfAbsent(clusterName, name -> new CopyOnWriteArrayList<>());
    known.removeIf(ClusterInstances::hasEnded);
    if (!known.isEmpty()) {
      return known.get(0);
    }
    if (members.isEmpty()) {
      throw new IllegalStateException(
          "the Hazelcast instance of the cluster '"
              + clusterName
              + "' has shut down: the"
              + " cluster's objects are out of reach from this process");
    }
    ClientConfig config = new ClientConfig();
    config.setClusterName(clusterName);
    config.getNetworkConfig().setAddresses(members);
    config
        .getConnectionStrategyConfig()
        .getConnectionRetryConfig()
        .setClusterConnectTimeoutMillis(CONNECT_TIMEOUT_MILLIS);
    config.setProperty("hazelcast.client.invocation.timeout.seconds", INVOCATION_TIMEOUT_SECONDS);
    // Our serializer, Java serialization refused, quiet logs: as the user's own connection.
    HazelcastSettings.apply(config.getSerializationConfig());
    HazelcastSettings.quiet(config::setProperty);
    HazelcastInstance client = HazelcastClient.newHazelcastClient(config);
    register(clusterName, client);
    // The client's threads are not daemons: a worker's JVM would wait for them forever.
    ChildEnd.whenDone(client.getLifecycleService()::shutdown);
    return client;
  }
}
