package io.github.multiproc.cluster;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.partition.Partition;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Members on 127.0.0.1 inside the test JVM, on free ports, with TCP-IP join, multicast off and short
 * Hazelcast waits, so a cluster of three forms in a few seconds.
 */
final class LoopbackCluster implements AutoCloseable {
  static final byte[] AUTHKEY = "cluster-test-authkey-0123456789".getBytes(StandardCharsets.UTF_8);

  /** The longest the members may take to see each other once started. */
  private static final Duration FORMING = Duration.ofSeconds(30);

  final String name;
  final List<Member> members = new ArrayList<>();

  private LoopbackCluster(String name) {
    this.name = name;
  }

  /** {@code count} members each running chunks on {@code threads} threads. */
  static LoopbackCluster start(int count, int threads) {
    return start(count, settings -> settings.threads(threads));
  }

  static LoopbackCluster start(int count, java.util.function.Consumer<Member.Settings> workers) {
    LoopbackCluster cluster =
        new LoopbackCluster("test-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    List<Integer> ports = MemberJvm.freePorts(count);
    List<String> addresses = ports.stream().map(port -> "127.0.0.1:" + port).toList();
    List<Member.Settings> all = new ArrayList<>();
    for (int port : ports) {
      Member.Settings settings = settings(cluster.name, port, addresses);
      workers.accept(settings);
      all.add(settings);
    }
    try {
      // The first member alone, then the others together: started all at once with no wait
      // before the join, two could each find no cluster and form their own, which Hazelcast
      // merges only minutes later, and a call meanwhile may wait for a partition that moves.
      cluster.members.add(Member.start(all.get(0)));
      List<CompletableFuture<Member>> starting = new ArrayList<>();
      for (Member.Settings settings : all.subList(1, all.size())) {
        starting.add(CompletableFuture.supplyAsync(() -> Member.start(settings)));
      }
      for (CompletableFuture<Member> member : starting) {
        cluster.members.add(member.join());
      }
      cluster.awaitFormed(count);
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
    return cluster;
  }

  /** Waits until the members have formed one cluster: see {@link #formed}. */
  private void awaitFormed(int count) {
    long deadline = System.nanoTime() + FORMING.toNanos();
    while (!formed(count)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the loopback cluster did not form within "
                + FORMING
                + ": member counts "
                + members.stream()
                    .map(m -> m.hazelcast().getCluster().getMembers().size())
                    .toList());
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the loopback cluster formed", e);
      }
    }
  }

  /**
   * Whether every member sees all {@code count}, every partition has an owner (asking for the
   * owners makes the master assign them now, not at a test's first map call) and none moves.
   */
  private boolean formed(int count) {
    for (Member member : members) {
      if (member.hazelcast().getCluster().getMembers().size() != count) {
        return false;
      }
      for (Partition partition : member.hazelcast().getPartitionService().getPartitions()) {
        if (partition.getOwner() == null) {
          return false;
        }
      }
      if (!member.hazelcast().getPartitionService().isClusterSafe()) {
        return false;
      }
    }
    return true;
  }

  /** A member's settings for a fast loopback cluster. */
  static Member.Settings settings(String name, int port, List<String> join) {
    return new Member.Settings()
        .clusterName(name)
        .bindInterface("127.0.0.1")
        .port(port)
        .join(join.toArray(new String[0]))
        .authkey(AUTHKEY)
        .hazelcastProperty("hazelcast.wait.seconds.before.join", "0")
        .hazelcastProperty("hazelcast.max.wait.seconds.before.join", "0")
        .hazelcastProperty("hazelcast.heartbeat.interval.seconds", "1")
        .hazelcastProperty("hazelcast.max.no.heartbeat.seconds", "3")
        .hazelcastProperty("hazelcast.graceful.shutdown.max.wait", "2");
  }

  /** The address a client connects to: every member. */
  String address() {
    return name + "@" + String.join(",", members.stream().map(Member::address).toList());
  }

  Cluster connect() {
    return Cluster.builder(ClusterAddress.parse(address()), AUTHKEY)
        .connectTimeout(Duration.ofSeconds(10))
        .memberWait(Duration.ofSeconds(3))
        .connect();
  }

  @Override
  public void close() {
    for (Member member : members) {
      member.close();
    }
    members.clear();
  }

  /** What a test class leaves behind: Hazelcast members and clients of this JVM. */
  static List<String> leftovers() {
    List<String> left = new ArrayList<>();
    Hazelcast.getAllHazelcastInstances().forEach(i -> left.add("member " + i.getName()));
    HazelcastClient.getAllHazelcastClients().forEach(c -> left.add("client " + c.getName()));
    io.github.multiproc.internal.pool.PoolCore.unjoined().forEach(p -> left.add(p.toString()));
    return left;
  }
}
