package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.testing.ImapChecks;
import io.github.multiproc.testing.LeakCheckExtension;
import io.github.multiproc.testing.PoolWorkers;
import io.github.multiproc.testing.PoolWorkersTasks;
import io.github.multiproc.testing.PoolWorkersTasks.AddArgs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Process pools with real worker JVMs: Python's Pool operations and their semantics. */
@ExtendWith(LeakCheckExtension.class)
class PoolTest {
  /** Worker JVMs start faster with C1 only; these tests are about behaviour, not speed. */
  static final String FAST_START = "-XX:TieredStopAtLevel=1";

  static List<Integer> range(int n) {
    return IntStream.range(0, n).boxed().collect(Collectors.toList());
  }

  @Test
  @Timeout(60)
  void applyMapImapAndStarmapGiveTheRightResults() {
    try (Pool pool = Pool.builder().processes(2).jvmArgs(FAST_START).build()) {
      assertEquals(49, pool.apply(PoolWorkersTasks.square, 7));
      assertEquals(9, pool.applyAsync(PoolWorkersTasks.square, 3).get());
      List<Integer> expected = range(100).stream().map(x -> x * x).collect(Collectors.toList());
      assertEquals(expected, pool.map(PoolWorkersTasks.square, range(100)));
      assertEquals(expected, pool.map(PoolWorkersTasks.square, range(100), 7));
      assertEquals(List.of(), pool.map(PoolWorkersTasks.square, List.of()));
      List<Integer> inOrder = new ArrayList<>();
      for (int x : pool.imap(PoolWorkersTasks.square, range(50), 3)) {
        inOrder.add(x);
      }
      assertEquals(expected.subList(0, 50), inOrder);
      Set<Integer> unordered = new HashSet<>();
      pool.imapUnordered(PoolWorkersTasks.square, range(50)).forEachRemaining(unordered::add);
      assertEquals(new HashSet<>(expected.subList(0, 50)), unordered);
      assertEquals(
          List.of(3, 7, 11),
          pool.starmap(
              PoolWorkersTasks.add,
              List.of(new AddArgs(1, 2), new AddArgs(3, 4), new AddArgs(5, 6))));
    }
  }

  /** Python's test_imap_handle_iterable_exception and its imap_unordered twin. */
  @Test
  @Timeout(60)
  void anExceptionFromTheImapInputComesFromNextAfterTheEarlierResults() {
    try (Pool pool = Pool.builder().processes(2).jvmArgs(FAST_START).build()) {
      ImapChecks.inputExceptionComesAfterTheEarlierResults(pool);
    }
  }

  @Test
  @Timeout(60)
  void imapReadsAnEndlessInputBoundedlyAheadUntilClosed() throws Exception {
    try (Pool pool = Pool.builder().processes(2).jvmArgs(FAST_START).build()) {
      ImapChecks.endlessInputIsReadAheadBoundedlyAndClosedEarly(pool);
    }
  }

  @Test
  @Timeout(60)
  void imapInputsLongerThanTheLookAheadComeBackWhole() {
    try (Pool pool = Pool.builder().processes(2).jvmArgs(FAST_START).build()) {
      ImapChecks.longInputsComeBackWhole(pool);
    }
  }

  @Test
  @Timeout(60)
  void anImapOverAListKeepsItsResultsWhenThePoolClosesFirst() {
    Pool pool = Pool.builder().processes(2).jvmArgs(FAST_START).build();
    try {
      ImapChecks.aListSurvivesClosingThePoolBeforeItsResultsAreTaken(pool);
    } finally {
      pool.terminate(); // only when the check failed before closing it
    }
  }

  @Test
  @Timeout(60)
  void imapResultsComeWhileItsInputIsStillRead() throws Exception {
    try (Pool pool = Pool.builder().processes(2).jvmArgs(FAST_START).build()) {
      ImapChecks.resultsComeWhileTheInputIsStillRead(pool);
    }
  }

  @Test
  @Timeout(60)
  void closingThePoolEndsAnEndlessImapItsCallerLeft() throws Exception {
    Pool pool = Pool.builder().processes(2).jvmArgs(FAST_START).build();
    try {
      ImapChecks.closingThePoolEndsAnEndlessImapItsCallerLeft(pool);
    } finally {
      pool.terminate(); // only when the check failed before closing it
    }
  }

  @Test
  @Timeout(60)
  void terminateEndsAnEndlessImapAndABlockedInputRead() throws Exception {
    Pool first = Pool.builder().processes(2).jvmArgs(FAST_START).build();
    Pool second = Pool.builder().processes(1).jvmArgs(FAST_START).build();
    try {
      ImapChecks.terminateEndsAnEndlessImap(first);
      ImapChecks.terminateInterruptsABlockedInputRead(second);
    } finally {
      first.terminate(); // only when a check failed before terminating it
      second.terminate();
    }
  }

  @Test
  @Timeout(60)
  void aMalformedWarmUpSettingBreaksThePoolWithTheReason() {
    try (Pool pool =
        Pool.builder()
            .processes(1)
            .jvmArgs(FAST_START, "-Dmultiproc.pool.warmUpRounds=lots")
            .build()) {
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> pool.apply(PoolWorkersTasks.square, 2));
      assertTrue(e.getMessage().contains("multiproc.pool.warmUpRounds"), e.getMessage());
    }
  }

  @Test
  @Timeout(60)
  void aWorkerJvmThatCannotStartBreaksThePoolWithTheReason() {
    try (Pool pool = Pool.builder().processes(1).jvmArgs("-XX:+NoSuchFlagAtAll").build()) {
      ProcessStartException e =
          assertThrows(ProcessStartException.class, () -> pool.apply(PoolWorkersTasks.square, 2));
      assertTrue(e.getMessage().contains("exited with code 1 before it started"), e.getMessage());
      assertTrue(e.getMessage().contains("-XX:+NoSuchFlagAtAll"), e.getMessage());
    }
  }

  @Test
  @Timeout(60)
  void aTaskThatThrowsComesBackWithItsRemoteStackTraceAndThePoolGoesOn() {
    try (Pool pool = Pool.builder().processes(1).jvmArgs(FAST_START).build()) {
      RemoteException e =
          assertThrows(RemoteException.class, () -> pool.apply(PoolWorkersTasks.fail, "boom"));
      assertEquals("java.lang.IllegalStateException", e.remoteClassName());
      assertEquals("boom", e.remoteMessage());
      assertTrue(
          Arrays.stream(e.getStackTrace())
              .anyMatch(
                  frame ->
                      frame.getClassName().equals(PoolWorkers.class.getName())
                          && frame.getMethodName().equals("fail")),
          () -> Arrays.toString(e.getStackTrace()));
      // in a map, the failing item fails the whole map, as in Python
      List<String> messages = List.of("a", "b");
      assertThrows(RemoteException.class, () -> pool.map(PoolWorkersTasks.fail, messages));
      // an imap goes on past a failed item
      ResultIterator<Void> it = pool.imap(PoolWorkersTasks.fail, messages);
      assertThrows(RemoteException.class, it::next);
      assertThrows(RemoteException.class, it::next);
      assertFalse(it.hasNext());
      assertEquals(16, pool.apply(PoolWorkersTasks.square, 4));
      RemoteException unknown =
          assertThrows(RemoteException.class, () -> pool.apply(PoolWorkers.UNLISTED, 2));
      assertTrue(unknown.getMessage().contains("testing.Pool#unlisted(int)"), unknown.getMessage());
      assertEquals(25, pool.apply(PoolWorkersTasks.square, 5));
      // the worker knows the unknown task by its number now, and still fails it the same way
      RemoteException again =
          assertThrows(RemoteException.class, () -> pool.apply(PoolWorkers.UNLISTED, 3));
      assertEquals(unknown.remoteMessage(), again.remoteMessage());
    }
  }

  @Test
  @Timeout(60)
  void asyncResultFollowsPython() throws Exception {
    try (Pool pool = Pool.builder().processes(1).jvmArgs(FAST_START).build()) {
      AsyncResult<Long> slow = pool.applyAsync(PoolWorkersTasks.sleep, 1500L);
      assertFalse(slow.ready());
      assertThrows(IllegalStateException.class, slow::successful);
      assertThrows(TimeoutException.class, () -> slow.get(Duration.ofMillis(50)));
      assertThrows(TimeoutException.class, () -> slow.get(50, TimeUnit.MILLISECONDS));
      assertFalse(slow.waitFor(Duration.ofMillis(10)));
      CompletableFuture<Long> view = slow.toCompletableFuture();
      slow.waitFor();
      assertTrue(slow.ready());
      assertTrue(slow.successful());
      assertTrue(slow.get() > 0);
      assertEquals(slow.get(), view.get(5, TimeUnit.SECONDS));

      Thread caller = Thread.currentThread();
      List<Thread> callbackThreads = new CopyOnWriteArrayList<>();
      List<Object> seen = new CopyOnWriteArrayList<>();
      AsyncResult<Integer> ok =
          pool.applyAsync(
              PoolWorkersTasks.square,
              6,
              value -> {
                callbackThreads.add(Thread.currentThread());
                seen.add(value);
              });
      assertEquals(36, ok.get());
      assertEquals(List.of(36), seen, "the callback ran before the result was ready");
      AsyncResult<Void> bad =
          pool.applyAsync(
              PoolWorkersTasks.fail,
              "no",
              value -> seen.add("wrong"),
              error -> {
                callbackThreads.add(Thread.currentThread());
                seen.add(((RemoteException) error).remoteMessage());
              });
      bad.waitFor();
      assertFalse(bad.successful());
      assertThrows(RemoteException.class, bad::get);
      ExecutionException wrapped =
          assertThrows(ExecutionException.class, () -> bad.get(1, TimeUnit.SECONDS));
      assertTrue(wrapped.getCause() instanceof RemoteException);
      assertTrue(bad.toCompletableFuture().isCompletedExceptionally());
      assertEquals(List.of(36, "no"), seen);
      for (Thread thread : callbackThreads) {
        assertNotEquals(caller, thread);
      }
      AsyncResult<List<Integer>> mapped =
          pool.mapAsync(PoolWorkersTasks.square, range(10), 2, seen::add, seen::add);
      assertEquals(List.of(0, 1, 4, 9, 16, 25, 36, 49, 64, 81), mapped.get());
      assertEquals(mapped.get(), seen.get(2));
    }
  }

  @Test
  @Timeout(60)
  void closeJoinAndTerminateFollowPython() throws Exception {
    Pool pool = Pool.builder().processes(2).jvmArgs(FAST_START).build();
    try {
      assertThrows(IllegalStateException.class, pool::join, "join while running");
      AsyncResult<Long> queued = pool.applyAsync(PoolWorkersTasks.sleep, 300L);
      List<AsyncResult<Integer>> more = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        more.add(pool.applyAsync(PoolWorkersTasks.square, i));
      }
      pool.close(); // waits: queued tasks finish first
      assertTrue(queued.ready());
      for (int i = 0; i < 20; i++) {
        assertEquals(i * i, more.get(i).get());
      }
      assertThrows(IllegalStateException.class, () -> pool.apply(PoolWorkersTasks.square, 1));
      pool.join();
      assertEquals(0, ProcessHandle.current().children().count(), "workers exited");
    } finally {
      pool.terminate();
    }

    Pool doomed = Pool.builder().processes(2).jvmArgs(FAST_START).build();
    doomed.map(PoolWorkersTasks.sleep, List.of(200L, 200L), 1); // both workers are up
    List<AsyncResult<Long>> pending = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      pending.add(doomed.applyAsync(PoolWorkersTasks.sleep, 20_000L));
    }
    List<ProcessHandle> workers = ProcessHandle.current().children().collect(Collectors.toList());
    assertEquals(2, workers.size());
    long start = System.nanoTime();
    doomed.terminate();
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "terminate is prompt");
    for (ProcessHandle worker : workers) {
      assertFalse(worker.isAlive(), "terminate left worker " + worker.pid() + " alive");
    }
    for (AsyncResult<Long> result : pending) {
      assertTrue(result.ready());
      assertThrows(CancellationException.class, result::get);
    }
    doomed.join();
  }

  @Test
  @Timeout(60)
  void initializerRunsOnceInEachWorker() {
    try (Pool pool =
        Pool.builder()
            .processes(2)
            .jvmArgs(FAST_START)
            .initializer(PoolWorkersTasks.init, "ready")
            .build()) {
      List<String> seen =
          pool.map(
              PoolWorkersTasks.initialized,
              new ArrayList<>(java.util.Collections.nCopies(20, null)),
              1);
      for (String value : seen) {
        assertTrue(value.startsWith("ready@"), value);
      }
    }
  }

  @Test
  @Timeout(60)
  void aFailingInitializerBreaksThePoolInsteadOfLoopingForever() {
    Pool pool =
        Pool.builder()
            .processes(1)
            .jvmArgs(FAST_START)
            .initializer(PoolWorkersTasks.badInit, "cannot init")
            .build();
    try {
      AsyncResult<Integer> result = pool.applyAsync(PoolWorkersTasks.square, 2);
      RuntimeException e = assertThrows(RuntimeException.class, result::get);
      assertTrue(e.getMessage().contains("cannot init"), e.getMessage());
      assertThrows(IllegalStateException.class, () -> pool.applyAsync(PoolWorkersTasks.square, 2));
    } finally {
      pool.terminate();
    }
  }

  @Test
  @Timeout(90)
  void maxTasksPerChildReplacesWorkers() {
    try (Pool pool = Pool.builder().processes(1).jvmArgs(FAST_START).maxTasksPerChild(2).build()) {
      List<Long> pids = pool.map(PoolWorkersTasks.sleep, List.of(1L, 1L, 1L, 1L, 1L, 1L), 1);
      assertEquals(3, new HashSet<>(pids).size(), "pids " + pids);
      assertEquals(pids.get(0), pids.get(1));
      assertNotEquals(pids.get(1), pids.get(2));
    }
  }

  @Test
  @Timeout(60)
  void aTaskPastTheTimeoutHasItsWorkerKilledAndFails() {
    try (Pool pool =
        Pool.builder()
            .processes(1)
            .jvmArgs(FAST_START)
            .taskTimeout(Duration.ofMillis(500))
            .build()) {
      long first = pool.apply(PoolWorkersTasks.sleep, 1L);
      long start = System.nanoTime();
      TaskTimeoutException e =
          assertThrows(
              TaskTimeoutException.class, () -> pool.apply(PoolWorkersTasks.sleep, 30_000L));
      long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(took < 3000, "took " + took + " ms");
      assertEquals(first, e.pid());
      assertFalse(ProcessHandle.of(first).map(ProcessHandle::isAlive).orElse(false));
      long replacement = pool.apply(PoolWorkersTasks.sleep, 1L);
      assertNotEquals(first, replacement);
    }
  }

  @Test
  @Timeout(60)
  void theExecutorServiceViewRunsBoundTasks() throws Exception {
    Pool pool = Pool.builder().processes(2).jvmArgs(FAST_START).build();
    ExecutorService executor = pool.asExecutorService();
    try {
      Future<Integer> future = executor.submit(PoolWorkersTasks.square.bind(9));
      assertEquals(81, future.get());
      List<Future<Integer>> all =
          executor.invokeAll(
              List.of(PoolWorkersTasks.square.bind(2), PoolWorkersTasks.square.bind(3)));
      assertEquals(4, all.get(0).get());
      assertEquals(9, all.get(1).get());
      Future<Void> failing = executor.submit(PoolWorkersTasks.fail.bind("x"));
      ExecutionException e = assertThrows(ExecutionException.class, failing::get);
      assertTrue(e.getCause() instanceof RemoteException);
      assertThrows(IllegalArgumentException.class, () -> executor.submit(() -> 1));
      assertThrows(IllegalArgumentException.class, () -> executor.submit(() -> {}));
      assertThrows(IllegalArgumentException.class, () -> executor.execute(() -> {}));
      assertFalse(executor.isShutdown());
      executor.shutdown();
      assertTrue(executor.isShutdown());
      assertTrue(executor.awaitTermination(20, TimeUnit.SECONDS));
      assertTrue(executor.isTerminated());
      assertThrows(
          IllegalStateException.class, () -> executor.submit(PoolWorkersTasks.square.bind(1)));
    } finally {
      pool.terminate();
    }
  }

  @Test
  @Timeout(60)
  void shutdownNowTerminates() {
    Pool pool = Pool.builder().processes(1).jvmArgs(FAST_START).build();
    AsyncResult<Long> running = pool.applyAsync(PoolWorkersTasks.sleep, 20_000L);
    assertEquals(List.of(), pool.asExecutorService().shutdownNow());
    assertThrows(CancellationException.class, running::get);
    assertTrue(pool.asExecutorService().isTerminated());
    assertNull(null);
  }
}
