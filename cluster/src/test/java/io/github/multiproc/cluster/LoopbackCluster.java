package io.github.multiproc.cluster;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.Hazelcast;
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
    List<CompletableFuture<Member>> starting = new ArrayList<>();
    for (int port : ports) {
      Member.Settings settings = settings(cluster.name, port, addresses);
      workers.accept(settings);
      starting.add(CompletableFuture.supplyAsync(() -> Member.start(settings)));
    }
    try {
      for (CompletableFuture<Member> member : starting) {
        cluster.members.add(member.join());
      }
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
    return cluster;
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
