package io.github.multiproc.cluster.manager;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;
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

  /** Per cluster name, the instances this process has, oldest first; shut-down ones included. */
  private static final Map<String, List<HazelcastInstance>> BY_CLUSTER = new ConcurrentHashMap<>();

  private ClusterInstances() {}

  /** Makes {@code instance} the one this process uses for {@code clusterName}. */
  static void register(String clusterName, HazelcastInstance instance) {
    BY_CLUSTER.computeIfAbsent(clusterName, name -> new CopyOnWriteArrayList<>()).add(instance);
  }

  /**
   * The running instance of {@code clusterName}, or a new client that reaches it through
   * {@code members} ({@code host:port} each).
   */
  static synchronized HazelcastInstance forCluster(String clusterName, List<String> members) {
    List<HazelcastInstance> known =
        BY_CLUSTER.computeIfAbsent(clusterName, name -> new CopyOnWriteArrayList<>());
    known.removeIf(instance -> !instance.getLifecycleService().isRunning());
    if (!known.isEmpty()) {
      return known.get(0);
    }
    if (members.isEmpty()) {
      throw new IllegalStateException(
          "the Hazelcast instance of the cluster '" + clusterName + "' has shut down: the"
              + " cluster's objects are out of reach from this process");
    }
    ClientConfig config = new ClientConfig();
    config.setClusterName(clusterName);
    config.getNetworkConfig().setAddresses(members);
    config.getConnectionStrategyConfig().getConnectionRetryConfig()
        .setClusterConnectTimeoutMillis(CONNECT_TIMEOUT_MILLIS);
    HazelcastInstance client = HazelcastClient.newHazelcastClient(config);
    register(clusterName, client);
    // The client's threads are not daemons: a worker's JVM would wait for them forever.
    ChildEnd.whenDone(client.getLifecycleService()::shutdown);
    return client;
  }
}
