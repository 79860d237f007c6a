package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.testing.ImapChecks;
import io.github.multiproc.testing.PoolWorkersTasks;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** ThreadPool: the same API on threads, plain functions, virtual threads where the JDK has them. */
class ThreadPoolTest {
  @Test
  @Timeout(30)
  void sameOperationsOnThreads() throws Exception {
    try (ThreadPool pool = ThreadPool.create(3)) {
      assertEquals(49, pool.apply(PoolWorkersTasks.square, 7));
      assertEquals(List.of(0, 1, 4, 9), pool.map(PoolWorkersTasks.square, List.of(0, 1, 2, 3), 2));
      assertEquals(List.of("A", "B"), pool.map(String::toUpperCase, List.of("a", "b")));
      List<String> seen = new CopyOnWriteArrayList<>();
      pool.applyAsync((Integer x) -> x + 1, 1, v -> seen.add("v" + v), e -> seen.add("e")).get();
      assertEquals(List.of("v2"), seen);
      List<Integer> ordered = new java.util.ArrayList<>();
      pool.imap((Integer x) -> x * 10, List.of(1, 2, 3)).forEachRemaining(ordered::add);
      assertEquals(List.of(10, 20, 30), ordered);
      assertThrows(IllegalStateException.class, () -> pool.apply(PoolWorkersTasks.fail, "t"));
      assertThrows(
          java.io.UncheckedIOException.class,
          () ->
              pool.apply(
                  (Integer x) -> {
                    throw new java.io.UncheckedIOException(new java.io.IOException("io"));
                  },
                  1));
      java.util.concurrent.ExecutionException wrapped =
          assertThrows(
              java.util.concurrent.ExecutionException.class,
              () ->
                  pool.asExecutorService()
                      .submit(
                          () -> {
                            throw new java.io.IOException("checked");
                          })
                      .get());
      assertTrue(wrapped.getCause() instanceof CompletionException);
      assertTrue(wrapped.getCause().getCause() instanceof java.io.IOException);
      ExecutorService executor = pool.asExecutorService();
      assertEquals(5, executor.submit(() -> 5).get());
      assertEquals(16, executor.submit(PoolWorkersTasks.square.bind(4)).get());
    }
  }

  @Test
  @Timeout(30)
  void terminateFailsPendingTasks() {
    ThreadPool pool = ThreadPool.create(1);
    AsyncResult<Long> running = pool.applyAsync(PoolWorkersTasks.sleep, 20_000L);
    AsyncResult<Long> queued = pool.applyAsync(PoolWorkersTasks.sleep, 1L);
    pool.terminate();
    assertThrows(CancellationException.class, running::get);
    assertThrows(CancellationException.class, queued::get);
    assertThrows(IllegalStateException.class, () -> pool.apply(PoolWorkersTasks.square, 1));
  }

  @Test
  @Timeout(30)
  void virtualThreadsWhereTheJdkHasThem() throws Exception {
    ThreadPool.Builder builder = ThreadPool.builder().threads(100).virtualThreads(true);
    if (Runtime.version().feature() < 21) {
      UnsupportedOperationException e =
          assertThrows(UnsupportedOperationException.class, builder::build);
      assertTrue(e.getMessage().contains("JDK 21"), e.getMessage());
      return;
    }
    try (ThreadPool pool = builder.build()) {
      List<Boolean> virtual =
          pool.map(
              ignored -> isVirtual(Thread.currentThread()), java.util.Collections.nCopies(200, 0));
      assertTrue(virtual.stream().allMatch(v -> v));
      long start = System.nanoTime();
      pool.map(PoolWorkersTasks.sleep, java.util.Collections.nCopies(100, 200L), 1);
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "sleeps overlap");
    }
  }

  /** Python's test_imap_handle_iterable_exception on multiprocessing.dummy's pool. */
  @Test
  @Timeout(30)
  void anExceptionFromTheImapInputComesFromNextAfterTheEarlierResults() {
    try (ThreadPool pool = ThreadPool.create(2)) {
      ImapChecks.inputExceptionComesAfterTheEarlierResults(pool);
    }
  }

  @Test
  @Timeout(30)
  void imapOnAnEndlessInputWorksAndEndsWhenClosedOrTerminated() throws Exception {
    try (ThreadPool pool = ThreadPool.create(3)) {
      ImapChecks.endlessInputIsReadAheadBoundedlyAndClosedEarly(pool);
      ImapChecks.resultsComeWhileTheInputIsStillRead(pool);
      ImapChecks.longInputsComeBackWhole(pool);
    }
    ThreadPool closed = ThreadPool.create(2);
    ThreadPool terminated = ThreadPool.create(2);
    ThreadPool blocked = ThreadPool.create(1);
    ThreadPool closedFirst = ThreadPool.create(2);
    try {
      ImapChecks.aListSurvivesClosingThePoolBeforeItsResultsAreTaken(closedFirst);
      ImapChecks.closingThePoolEndsAnEndlessImapItsCallerLeft(closed);
      ImapChecks.terminateEndsAnEndlessImap(terminated);
      ImapChecks.terminateInterruptsABlockedInputRead(blocked);
    } finally {
      closed.terminate(); // only when a check failed before it ended its pool
      terminated.terminate();
      blocked.terminate();
      closedFirst.terminate();
    }
  }

  private static boolean isVirtual(Thread thread) {
    try {
      return (Boolean) Thread.class.getMethod("isVirtual").invoke(thread);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
