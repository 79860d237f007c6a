package io.github.multiproc.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.cluster.Member;
import io.github.multiproc.AsyncResult;
import io.github.multiproc.Pool;
import io.github.multiproc.RemoteException;
import io.github.multiproc.ResultIterator;
import io.github.multiproc.TaskTimeoutException;
import io.github.multiproc.WorkerDiedException;
import io.github.multiproc.cluster.manager.ClusterManager;
import io.github.multiproc.wire.WireOutput;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every pool operation on three members on loopback inside the test JVM (running chunks on
 * threads, so a test takes milliseconds once the cluster is up), through the one-line switch.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClusterPoolTest {
  private static LoopbackCluster members;
  private static Cluster cluster;

  @BeforeAll
  static void startCluster() {
    members = LoopbackCluster.start(3, 2);
    cluster = members.connect();
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
    if (members != null) {
      members.close();
    }
    assertEquals(List.of(), LoopbackCluster.leftovers());
  }

  private static Pool pool() {
    return Pool.builder().cluster(cluster).build();
  }

  @Test
  void aManagerOnTheSameConnectionMeetsAnotherClientsObjects() {
    try (Cluster other = members.connect();
        ClusterManager here = ClusterManager.connect(cluster);
        ClusterManager there = ClusterManager.connect(other)) {
      ConcurrentMap<String, Integer> mine = here.dict("meeting-point");
      mine.put("one", 1);
      mine.put("none", null);
      ConcurrentMap<String, Integer> theirs = there.dict("meeting-point");
      assertEquals(1, theirs.get("one"));
      assertTrue(theirs.containsKey("none"), "a null value is kept, as Python keeps None");
      theirs.clear();
    }
  }

  private static List<Integer> range(int n) {
    return IntStream.range(0, n).boxed().toList();
  }

  @Test
  void applyAndApplyAsyncWithCallbacks() throws Exception {
    try (Pool pool = pool()) {
      assertEquals(49, pool.apply(WorkTasks.square, 7));
      CompletableFuture<Integer> called = new CompletableFuture<>();
      CompletableFuture<Throwable> failed = new CompletableFuture<>();
      AsyncResult<Integer> ok = pool.applyAsync(WorkTasks.square, 9, called::complete);
      pool.applyAsync(WorkTasks.failIfOdd, 3, value -> {}, failed::complete);
      assertEquals(81, ok.get());
      assertEquals(81, called.get(10, TimeUnit.SECONDS));
      Throwable failure = failed.get(10, TimeUnit.SECONDS);
      assertTrue(failure instanceof RemoteException, failure.toString());
      assertTrue(failure.getMessage().contains("odd 3"), failure.getMessage());
    }
  }

  @Test
  void mapWithChunksizeAndStarmap() {
    try (Pool pool = pool()) {
      List<Integer> squares = range(500).stream().map(x -> x * x).toList();
      assertEquals(squares, pool.map(WorkTasks.square, range(500)));
      assertEquals(squares, pool.map(WorkTasks.square, range(500), 7));
      assertEquals(squares, pool.mapAsync(WorkTasks.square, range(500), 50).get());
      assertEquals(
          List.of("x1", "y2"),
          pool.map(
              WorkTasks.add,
              List.of(new WorkTasks.AddArgs(1, "x"), new WorkTasks.AddArgs(2, "y"))));
      RuntimeException odd =
          assertThrows(RuntimeException.class, () -> pool.map(WorkTasks.failIfOdd, range(10), 3));
      assertTrue(odd.getMessage().contains("odd"), odd.getMessage());
    }
  }

  @Test
  void imapInOrderAndUnordered() throws Exception {
    try (Pool pool = pool()) {
      List<Integer> ordered = new ArrayList<>();
      try (ResultIterator<Integer> results = pool.imap(WorkTasks.square, range(100), 4)) {
        for (int value : results) {
          ordered.add(value);
        }
      }
      assertEquals(range(100).stream().map(x -> x * x).toList(), ordered);
      List<Integer> unordered = new ArrayList<>();
      try (ResultIterator<Integer> results = pool.imapUnordered(WorkTasks.square, range(100), 3)) {
        for (int value : results) {
          unordered.add(value);
        }
      }
      Collections.sort(unordered);
      assertEquals(ordered, unordered);
    }
  }

  @Test
  void timeoutsOnResults() throws Exception {
    try (Pool pool = pool()) {
      AsyncResult<Integer> slow = pool.applyAsync(WorkTasks.sleepy, 1500);
      assertThrows(TimeoutException.class, () -> slow.get(Duration.ofMillis(100)));
      try (ResultIterator<Integer> results = pool.imap(WorkTasks.sleepy, List.of(1500), 1)) {
        assertThrows(TimeoutException.class, () -> results.next(Duration.ofMillis(100)));
        assertEquals(1500, results.next(Duration.ofSeconds(10)));
      }
      assertEquals(1500, slow.get(Duration.ofSeconds(10)));
    }
  }

  @Test
  void executorService() throws Exception {
    try (Pool pool = pool()) {
      ExecutorService executor = pool.asExecutorService();
      Future<Integer> future = executor.submit(WorkTasks.square.bind(12));
      assertEquals(144, future.get(10, TimeUnit.SECONDS));
      List<Future<Integer>> all =
          executor.invokeAll(List.of(WorkTasks.square.bind(2), WorkTasks.square.bind(3)));
      assertEquals(4, all.get(0).get());
      assertEquals(9, all.get(1).get());
      ExecutionException failed =
          assertThrows(
              ExecutionException.class,
              () -> executor.submit(WorkTasks.failIfOdd.bind(5)).get(10, TimeUnit.SECONDS));
      assertTrue(failed.getCause() instanceof RemoteException, failed.toString());
    }
  }

  @Test
  void chunksSpreadOverEveryMember() {
    try (Pool pool = pool()) {
      assertEquals(
          range(300).stream().map(x -> x * x).toList(), pool.map(WorkTasks.square, range(300), 1));
    }
    long served =
        members.members.stream()
            .filter(
                m ->
                    m.hazelcast()
                            .getExecutorService(ClusterChunkRunner.EXECUTOR)
                            .getLocalExecutorStats()
                            .getCompletedTaskCount()
                        > 0)
            .count();
    assertEquals(3, served, "every member ran chunks");
  }

  @Test
  void chunksGoOnlyToMembersTheClientReachesDirectly() {
    DirectConnections connections = DirectConnections.of(cluster.hazelcast());
    for (Member member : cluster.hazelcast().getCluster().getMembers()) {
      assertTrue(connections.reaches(member), "the client's own connection to " + member);
    }
    Member unknown =
        (Member)
            java.lang.reflect.Proxy.newProxyInstance(
                Member.class.getClassLoader(),
                new Class<?>[] {Member.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("getUuid")) {
                    return java.util.UUID.randomUUID();
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    assertFalse(connections.reaches(unknown), "a member the client has not connected to yet");
    DirectConnections ofAMember = DirectConnections.of(members.members.get(0).hazelcast());
    assertTrue(ofAMember.reaches(unknown), "an instance that is no client routes by itself");
  }

  @Test
  void unauthenticatedPayloadIsDropped() throws Exception {
    byte[] otherKey = "not-the-cluster-authkey-at-all".getBytes(StandardCharsets.UTF_8);
    WireOutput arguments = new WireOutput();
    arguments.writeSize(1); // one item
    arguments.writeByte(0); // encoded by the codec, not packed
    WorkTasks.counted.argumentCodec().encode(arguments, 42);
    byte[] request = MemberChunks.request(WorkTasks.counted.id(), arguments.toByteArray());
    byte[] forged = new PayloadMac(otherKey).sign(PayloadMac.CHUNK_REQUEST, request);
    byte[] genuine = cluster.mac().sign(PayloadMac.CHUNK_REQUEST, request);
    Member target = cluster.hazelcast().getCluster().getMembers().iterator().next();
    io.github.multiproc.cluster.Member member =
        members.members.stream()
            .filter(
                m -> m.hazelcast().getCluster().getLocalMember().getUuid().equals(target.getUuid()))
            .findFirst()
            .orElseThrow();
    long droppedBefore = member.droppedPayloads();
    int countedBefore = Work.COUNTED.get();
    var executor = cluster.hazelcast().getExecutorService(ClusterChunkRunner.EXECUTOR);
    ExecutionException refused =
        assertThrows(
            ExecutionException.class,
            () -> executor.submitToMember(new ChunkCall(forged), target).get(10, TimeUnit.SECONDS));
    assertTrue(refused.getCause().getMessage().contains("dropped"), refused.toString());
    assertEquals(droppedBefore + 1, member.droppedPayloads());
    assertEquals(countedBefore, Work.COUNTED.get(), "the forged chunk must not run");
    // The same request with the right key runs: the test above could have failed.
    byte[] answer =
        executor.submitToMember(new ChunkCall(genuine), target).get(10, TimeUnit.SECONDS);
    assertEquals(MemberChunks.RESULTS, cluster.mac().verify(PayloadMac.CHUNK_RESULT, answer)[0]);
    assertEquals(countedBefore + 1, Work.COUNTED.get());
  }

  /** A task that Hazelcast would carry with Java serialization, as an attacker could send one. */
  static final class JavaSerialized
      implements java.util.concurrent.Callable<Integer>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public Integer call() {
      return Work.COUNTED.incrementAndGet();
    }
  }

  @Test
  void javaSerializedTaskIsRefusedByTheMembers() {
    int countedBefore = Work.COUNTED.get();
    Member target = cluster.hazelcast().getCluster().getMembers().iterator().next();
    var executor = cluster.hazelcast().getExecutorService(ClusterChunkRunner.EXECUTOR);
    Exception refused =
        assertThrows(
            Exception.class,
            () -> executor.submitToMember(new JavaSerialized(), target).get(10, TimeUnit.SECONDS));
    assertTrue(String.valueOf(refused).contains("JavaSerialized"), String.valueOf(refused));
    assertEquals(countedBefore, Work.COUNTED.get(), "a Java-serialized task must not run");
  }

  @Test
  void environmentNamesTheCluster() throws Exception {
    System.setProperty("multiproc.cluster", members.address());
    System.setProperty(
        "multiproc.authkey", new String(LoopbackCluster.AUTHKEY, StandardCharsets.UTF_8));
    try (Pool pool = Pool.create(2)) {
      // In-JVM members run tasks on threads of this JVM; a local pool would answer a child's pid.
      assertEquals(ProcessHandle.current().pid(), pool.apply(WorkTasks.pid, 0));
      assertEquals(List.of(0, 1, 4), pool.map(WorkTasks.square, List.of(0, 1, 2)));
    } finally {
      System.clearProperty("multiproc.cluster");
      System.clearProperty("multiproc.authkey");
    }
  }

  @Test
  void localSettingsAreRefusedOnACluster() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> Pool.builder().cluster(cluster).taskTimeout(Duration.ofSeconds(1)).build());
    assertTrue(refused.getMessage().contains("--task-timeout"), refused.getMessage());
  }

  @Test
  void membersRunChunksInWorkerJvmsByDefault() {
    try (LoopbackCluster processes =
            LoopbackCluster.start(
                1, settings -> settings.processes(1).taskTimeout(Duration.ofSeconds(2)));
        Cluster connection = processes.connect();
        Pool pool = Pool.builder().cluster(connection).build()) {
      long pid = pool.apply(WorkTasks.pid, 0);
      assertNotEquals(ProcessHandle.current().pid(), pid, "ran in the member's worker JVM");
      assertEquals(List.of(1, 4, 9), pool.map(WorkTasks.square, List.of(1, 2, 3)));
      // A task that kills its JVM takes one worker of the member, not the member.
      WorkerDiedException died =
          assertThrows(WorkerDiedException.class, () -> pool.apply(WorkTasks.halt, 7));
      assertTrue(died.getMessage().contains("on member 127.0.0.1:"), died.getMessage());
      assertEquals(7, died.exitCode(), died.getMessage());
      assertEquals(List.of(16), pool.map(WorkTasks.square, List.of(4)));
      // The member's task timeout kills the worker JVM; the user sees the same exception as here.
      TaskTimeoutException timedOut =
          assertThrows(TaskTimeoutException.class, () -> pool.apply(WorkTasks.sleepy, 20_000));
      assertTrue(timedOut.getMessage().contains("on member 127.0.0.1:"), timedOut.getMessage());
      assertEquals(Duration.ofSeconds(2), timedOut.timeout());
    }
  }

  @Test
  void withEveryMemberGoneCallsFailInBoundedTime() {
    LoopbackCluster lonely = LoopbackCluster.start(1, 1);
    try (Cluster connection = lonely.connect();
        Pool pool = Pool.builder().cluster(connection).build()) {
      assertEquals(4, pool.apply(WorkTasks.square, 2));
      lonely.close();
      long start = System.nanoTime();
      RuntimeException failed =
          assertThrows(RuntimeException.class, () -> pool.apply(WorkTasks.square, 3));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis < 15_000, "failed after " + millis + " ms: " + failed);
    } finally {
      lonely.close();
    }
  }
}
