package io.github.multiproc.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.AsyncResult;
import io.github.multiproc.Pool;
import io.github.multiproc.WorkerDiedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Members in their own JVMs, SIGKILLed under load: every task completes with the right value or
 * fails with {@link WorkerDiedException} naming the member; none hangs; with {@code retries} every
 * task completes.
 */
class ClusterFailureTest {
  private static final Duration READY = Duration.ofSeconds(60);
  private static final List<String> JVM_OPTIONS = new ArrayList<>(MemberJvm.QUICK_START_OPTIONS);

  static {
    JVM_OPTIONS.addAll(
        List.of(
            "-Xmx256m",
            "-Dhazelcast.max.wait.seconds.before.join=0",
            "-Dhazelcast.heartbeat.interval.seconds=1",
            "-Dhazelcast.max.no.heartbeat.seconds=3"));
  }

  private final List<MemberJvm> started = new ArrayList<>();
  private final String name = "kill-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
  private final List<String> addresses = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    for (MemberJvm member : started) {
      member.kill();
    }
    for (MemberJvm member : started) {
      assertFalse(member.isAlive(), "member " + member.address() + " still running");
    }
    assertEquals(List.of(), LoopbackCluster.leftovers());
  }

  private MemberJvm startMember() {
    int port = MemberJvm.freePorts(1).get(0);
    addresses.add("127.0.0.1:" + port);
    MemberJvm member =
        MemberJvm.start(
            name,
            port,
            List.copyOf(addresses),
            LoopbackCluster.AUTHKEY,
            JVM_OPTIONS,
            List.of("--threads", "2"),
            line -> {});
    started.add(member);
    return member;
  }

  /**
   * {@code count} ready members: the first alone, so that the others join its cluster rather than
   * form their own (they wait for no other member before they join).
   */
  private List<MemberJvm> startMembers(int count) {
    List<MemberJvm> live = new ArrayList<>();
    live.add(startMember().awaitReady(READY));
    for (int i = 1; i < count; i++) {
      live.add(startMember());
    }
    live.forEach(m -> m.awaitReady(READY));
    return live;
  }

  private Cluster connect(List<MemberJvm> members) {
    String address =
        name + "@" + String.join(",", members.stream().map(MemberJvm::address).toList());
    return Cluster.builder(ClusterAddress.parse(address), LoopbackCluster.AUTHKEY)
        .connectTimeout(Duration.ofSeconds(10))
        .memberWait(Duration.ofSeconds(5))
        .connect();
  }

  /** Submits sleepy tasks of 20-120 ms, about a second of work for the cluster. */
  private static List<AsyncResult<Integer>> load(Pool pool, List<Integer> arguments) {
    List<AsyncResult<Integer>> results = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int millis = 20 + ThreadLocalRandom.current().nextInt(100);
      arguments.add(millis);
      results.add(pool.applyAsync(WorkTasks.sleepy, millis));
    }
    return results;
  }

  // Bounded by the 30 s wait per result; the rest is ten member JVMs booting, which on a busy
  // 2-core machine (CI) takes far longer than on an idle one.
  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void sigkillAMemberUnderLoadTenTimes() throws Exception {
    List<MemberJvm> live = startMembers(3);
    int died = 0;
    try (Cluster cluster = connect(live);
        Pool pool = Pool.builder().cluster(cluster).build()) {
      for (int round = 0; round < 10; round++) {
        List<Integer> arguments = new ArrayList<>();
        List<AsyncResult<Integer>> results = load(pool, arguments);
        Thread.sleep(150);
        MemberJvm victim = live.remove(ThreadLocalRandom.current().nextInt(live.size()));
        victim.kill();
        MemberJvm replacement = startMember();

        for (int i = 0; i < results.size(); i++) {
          try {
            assertEquals(
                arguments.get(i),
                results.get(i).get(Duration.ofSeconds(30)),
                "round " + round + " task " + i);
          } catch (WorkerDiedException e) {
            died++;
            assertTrue(e.getMessage().contains("member 127.0.0.1:"), e.getMessage());
          }
        }
        live.add(replacement.awaitReady(READY));
      }
    }
    assertTrue(died > 0, "a member killed mid-chunk fails its chunks");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void retriesRunTheChunksOfAKilledMemberElsewhere() throws Exception {
    List<MemberJvm> live = startMembers(2);
    try (Cluster cluster = connect(live);
        Pool pool = Pool.builder().cluster(cluster).retries(2).build()) {
      List<Integer> arguments = new ArrayList<>();
      List<AsyncResult<Integer>> results = load(pool, arguments);
      Thread.sleep(150);
      live.get(0).kill();
      for (int i = 0; i < results.size(); i++) {
        assertEquals(arguments.get(i), results.get(i).get(Duration.ofSeconds(30)), "task " + i);
      }
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void everyMemberKilledFailsEveryCallInBoundedTime() throws Exception {
    MemberJvm only = startMember().awaitReady(READY);
    try (Cluster cluster = connect(List.of(only));
        Pool pool = Pool.builder().cluster(cluster).build()) {
      List<AsyncResult<Integer>> results = load(pool, new ArrayList<>());
      Thread.sleep(150);
      only.kill();
      long start = System.nanoTime();
      int failed = 0;
      for (AsyncResult<Integer> result : results) {
        try {
          result.get(Duration.ofSeconds(30));
        } catch (RuntimeException e) {
          failed++;
        }
      }
      assertTrue(failed > 0);
      RuntimeException later =
          org.junit.jupiter.api.Assertions.assertThrows(
              RuntimeException.class, () -> pool.apply(WorkTasks.square, 2));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis < 30_000, "took " + millis + " ms: " + later);
    }
  }
}
