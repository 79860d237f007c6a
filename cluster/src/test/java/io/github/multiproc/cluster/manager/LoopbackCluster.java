package io.github.multiproc.cluster.manager;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.cluster.Address;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.github.multiproc.Multiproc;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Three Hazelcast members on 127.0.0.1 inside the test JVM (TCP-IP join, no multicast), started
 * once for every test class that asks for it and shut down when the test run ends. The cluster
 * name is random and the ports start at a random base, so test runs beside this one (another
 * module's members) neither join it nor collide with it.
 */
final class LoopbackCluster implements ExtensionContext.Store.CloseableResource {
  /** Hazelcast's INFO lines for every join would bury the test output. */
  private static final Logger HAZELCAST_LOG = Logger.getLogger("com.hazelcast");

  private static final int MEMBERS = 3;
  private static final int PORT_COUNT = 10;

  final String name = "multiproc-test-" + UUID.randomUUID();
  final byte[] authkey = Multiproc.randomAuthkey();
  private final int basePort;
  private final List<HazelcastInstance> members = new ArrayList<>();
  private final List<HazelcastInstance> extraMembers = new ArrayList<>();
  private final List<HazelcastInstance> clients = new ArrayList<>();

  private LoopbackCluster() {
    HAZELCAST_LOG.setLevel(Level.WARNING);
    basePort = ThreadLocalRandom.current().nextInt(20_000, 40_000);
    try {
      for (int i = 0; i < MEMBERS; i++) {
        members.add(Hazelcast.newHazelcastInstance(memberConfig(basePort, i)));
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private Config memberConfig(int base, int index) {
    Config config = new Config();
    config.setClusterName(name);
    config.setInstanceName(name + "-member-" + index);
    config.setProperty("hazelcast.wait.seconds.before.join", "0");
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.shutdownhook.enabled", "false");
    config.setProperty("hazelcast.socket.bind.any", "false");
    config.setProperty("hazelcast.logging.type", "jdk");
    // How often a member releases what disconnected clients held (locks); 10 s by default.
    config.setProperty("hazelcast.client.cleanup.period.millis", "500");
    NetworkConfig network = config.getNetworkConfig();
    network.setPort(base).setPortAutoIncrement(true).setPortCount(PORT_COUNT);
    network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true);
    for (int port = base; port < base + PORT_COUNT; port++) {
      join.getTcpIpConfig().addMember("127.0.0.1:" + port);
    }
    return config;
  }

  /** The cluster from the root store, started at the first call of the test run. */
  static LoopbackCluster shared(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(
            LoopbackCluster.class, key -> new LoopbackCluster(), LoopbackCluster.class);
  }

  HazelcastInstance member(int index) {
    return members.get(index);
  }

  /** A manager over member {@code index}. */
  ClusterManager managerOn(int index) {
    return ClusterManager.over(member(index), name, authkey);
  }

  /** One more member, shut down with the cluster unless the test ends it first. */
  synchronized HazelcastInstance newMember() {
    HazelcastInstance member =
        Hazelcast.newHazelcastInstance(memberConfig(basePort, MEMBERS + extraMembers.size()));
    extraMembers.add(member);
    return member;
  }

  /** A new Hazelcast client of this cluster, shut down with it unless the test ends it first. */
  synchronized HazelcastInstance newClient() {
    ClientConfig config = new ClientConfig();
    config.setClusterName(name);
    config.setProperty("hazelcast.logging.type", "jdk");
    for (HazelcastInstance member : members) {
      Address address = member.getCluster().getLocalMember().getAddress();
      config.getNetworkConfig().addAddress(address.getHost() + ":" + address.getPort());
    }
    HazelcastInstance client = HazelcastClient.newHazelcastClient(config);
    clients.add(client);
    return client;
  }

  @Override
  public synchronized void close() {
    List<HazelcastInstance> all = new ArrayList<>(clients);
    all.addAll(extraMembers);
    all.addAll(members);
    for (HazelcastInstance instance : all) {
      if (!ClusterInstances.hasEnded(instance)) { // a test may have ended it already
        instance.getLifecycleService().terminate();
      }
    }
  }

  /** Hands the shared cluster to any test method or {@code @BeforeAll} that declares it. */
  static final class Extension implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == LoopbackCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return shared(context);
    }
  }
}
