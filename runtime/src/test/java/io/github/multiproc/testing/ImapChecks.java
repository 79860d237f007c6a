package io.github.multiproc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.multiproc.ResultIterator;
import io.github.multiproc.TaskPool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The imap checks both pool kinds must pass: CPython's {@code test_imap_handle_iterable_exception}
 * and {@code test_imap_unordered_handle_iterable_exception}, and long and endless inputs.
 */
public final class ImapChecks {
  /** The name of the thread that reads an imap's input. */
  private static final String READER = "multiproc-imap-input";

  private ImapChecks() {}

  /** Python's {@code SayWhenError}. */
  public static final class SayWhenError extends RuntimeException {
    SayWhenError() {
      super("Somebody said when");
    }
  }

  /**
   * Python's {@code exception_throwing_generator(total, when)}: 0, 1, ... up to {@code total},
   * throwing {@link SayWhenError} in place of {@code when} (at once when {@code when} is -1).
   */
  public static Iterable<Integer> throwingAt(int total, int when) {
    return () ->
        new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < total;
          }

          @Override
          public Integer next() {
            if (when == -1 || next == when) {
              throw new SayWhenError();
            }
            return next++;
          }
        };
  }

  /**
   * 0, 1, 2, ... without end, counting what was read into {@code read}; past {@code limit} reads
   * it fails the test, so an imap that reads its whole input fails instead of running forever.
   */
  public static Iterable<Integer> endless(AtomicLong read, long limit) {
    return () ->
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Integer next() {
            long n = read.getAndIncrement();
            if (n >= limit) {
              throw new AssertionError("the imap read " + limit + " items of an endless input");
            }
            return (int) (n % 46_000); // its square fits an int
          }
        };
  }

  /**
   * 0, 1, 2, then a read that blocks until {@code gate} opens (failing the test if it does not
   * within 30 s), then 3, 4, ... up to {@code total}.
   */
  public static Iterable<Integer> gated(int total, CountDownLatch gate) {
    return () ->
        new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < total;
          }

          @Override
          public Integer next() {
            if (next == 3) {
              try {
                if (!gate.await(30, TimeUnit.SECONDS)) {
                  throw new AssertionError(
                      "the gate stayed shut: the imap read its input in full"
                          + " before handing back a result");
                }
              } catch (InterruptedException e) {
                throw new IllegalStateException("interrupted while reading", e);
              }
            }
            return next++;
          }
        };
  }

  /**
   * Results come while the input is still being read: the first three come back while the read
   * of the fourth item waits, and then the rest.
   */
  public static void resultsComeWhileTheInputIsStillRead(TaskPool pool) throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    ResultIterator<Integer> it = pool.imap(PoolWorkersTasks.square, gated(6, gate));
    for (int i = 0; i < 3; i++) {
      assertEquals(i * i, it.next(Duration.ofSeconds(20)));
    }
    assertThrows(TimeoutException.class, () -> it.next(Duration.ofMillis(100)));
    gate.countDown();
    for (int i = 3; i < 6; i++) {
      assertEquals(i * i, it.next());
    }
    assertFalse(it.hasNext());
  }

  /**
   * Leaving a for-each over an endless imap and closing the pool (try-with-resources) neither
   * hangs nor leaves the reading thread behind; a second caller of the imap learns why it ended.
   */
  public static void closingThePoolEndsAnEndlessImapItsCallerLeft(TaskPool pool)
      throws InterruptedException {
    AtomicLong read = new AtomicLong();
    ResultIterator<Integer> it = pool.imap(PoolWorkersTasks.square, endless(read, 1_000_000));
    try (pool) {
      for (int square : it) {
        if (square >= 100) {
          break;
        }
      }
    }
    assertReaderEnds();
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> {
              while (true) {
                it.next();
              }
            });
    assertTrue(
        e.getMessage().contains("closed before this imap had read all of its input"),
        e.getMessage());
    assertFalse(it.hasNext());
  }

  /**
   * {@link TaskPool#terminate()} while the input's {@code next()} blocks ends the reading thread
   * (it is interrupted) and the imap.
   */
  public static void terminateInterruptsABlockedInputRead(TaskPool pool)
      throws InterruptedException {
    CountDownLatch never = new CountDownLatch(1);
    ResultIterator<Integer> it = pool.imap(PoolWorkersTasks.square, gated(10, never));
    for (int i = 0; i < 3; i++) {
      assertEquals(i * i, it.next());
    }
    pool.terminate();
    assertReaderEnds();
    assertThrows(CancellationException.class, it::next);
    assertFalse(it.hasNext());
  }

  /** Python's two tests: the input's exception comes from next() after the earlier results. */
  public static void inputExceptionComesAfterTheEarlierResults(TaskPool pool) {
    for (int round = 0; round < 2; round++) { // Python: "again, make sure it's reentrant"
      ResultIterator<Integer> it = pool.imap(PoolWorkersTasks.square, throwingAt(1, -1), 1);
      assertTrue(it.hasNext());
      assertThrows(SayWhenError.class, it::next);
      assertFalse(it.hasNext());
      ResultIterator<Integer> unordered =
          pool.imapUnordered(PoolWorkersTasks.square, throwingAt(1, -1), 1);
      assertThrows(SayWhenError.class, unordered::next);
    }
    assertOrderedUntilThrown(pool.imap(PoolWorkersTasks.square, throwingAt(10, 3), 1), 3);
    // chunks of 2: 0..5 come back, and the chunk {6, 7} the input broke off never runs
    assertOrderedUntilThrown(pool.imap(PoolWorkersTasks.square, throwingAt(20, 7), 2), 6);
    assertOrderedUntilThrown(pool.imap(PoolWorkersTasks.square, throwingAt(20, 7), 4), 4);
    assertUnorderedUntilThrown(
        pool.imapUnordered(PoolWorkersTasks.square, throwingAt(10, 3), 1), 3);
    assertUnorderedUntilThrown(
        pool.imapUnordered(PoolWorkersTasks.square, throwingAt(20, 7), 2), 6);
  }

  private static void assertOrderedUntilThrown(ResultIterator<Integer> it, int before) {
    for (int i = 0; i < before; i++) {
      assertEquals(i * i, it.next());
    }
    assertThrows(SayWhenError.class, it::next);
    assertFalse(it.hasNext());
    assertThrows(NoSuchElementException.class, it::next);
  }

  /** Python only asks for the error before all 20; here it comes after every earlier result. */
  private static void assertUnorderedUntilThrown(ResultIterator<Integer> it, int before) {
    List<Integer> seen = new ArrayList<>();
    for (int i = 0; i < before; i++) {
      seen.add(it.next());
    }
    seen.sort(null);
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < before; i++) {
      expected.add(i * i);
    }
    assertEquals(expected, seen);
    assertThrows(SayWhenError.class, it::next);
    assertFalse(it.hasNext());
  }

  /**
   * Inputs longer than the look-ahead, read lazily or (a list) first on the caller's thread, come
   * back whole: in order through the ring of ordered results, as a set unordered.
   */
  public static void longInputsComeBackWhole(TaskPool pool) {
    int size = 20_003; // past the look-ahead of any chunk size here, and no multiple of them
    List<Integer> expected = new ArrayList<>();
    List<Integer> list = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      expected.add(i * i); // under 2^31 for every i here
      list.add(i);
    }
    Iterable<Integer> lazy = () -> list.iterator(); // no Collection: read on the pool's thread
    for (int chunksize : new int[] {1, 7}) {
      assertEquals(expected, collect(pool.imap(PoolWorkersTasks.square, lazy, chunksize)));
      assertEquals(expected, collect(pool.imap(PoolWorkersTasks.square, list, chunksize)));
      List<Integer> unordered =
          collect(pool.imapUnordered(PoolWorkersTasks.square, lazy, chunksize));
      unordered.sort(null);
      assertEquals(expected, unordered);
    }
  }

  /**
   * An in-memory list is queued whole, as Python's task handler reads it, so closing the pool
   * before taking the results loses none of them, however long the list is.
   */
  public static void aListSurvivesClosingThePoolBeforeItsResultsAreTaken(TaskPool pool) {
    int size = 20_003; // past the look-ahead of an endless input
    List<Integer> expected = new ArrayList<>();
    List<Integer> list = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      expected.add(i * i);
      list.add(i);
    }
    ResultIterator<Integer> ordered = pool.imap(PoolWorkersTasks.square, list, 3);
    ResultIterator<Integer> unordered = pool.imapUnordered(PoolWorkersTasks.square, list);
    pool.close();
    assertEquals(expected, collect(ordered));
    List<Integer> sorted = collect(unordered);
    sorted.sort(null);
    assertEquals(expected, sorted);
  }

  private static List<Integer> collect(ResultIterator<Integer> it) {
    List<Integer> all = new ArrayList<>();
    it.forEachRemaining(all::add);
    return all;
  }

  /**
   * An imap over an endless input reads a bounded number of items ahead of the caller, and
   * {@link ResultIterator#close()} stops the reading; the pool goes on.
   */
  public static void endlessInputIsReadAheadBoundedlyAndClosedEarly(TaskPool pool)
      throws InterruptedException {
    AtomicLong read = new AtomicLong();
    try (ResultIterator<Integer> it =
        pool.imap(PoolWorkersTasks.square, endless(read, 1_000_000))) {
      for (int i = 0; i < 100; i++) {
        assertEquals(i * i, it.next());
      }
      Thread.sleep(300); // time to read far ahead, were the look-ahead unbounded
      long ahead = read.get() - 100;
      assertTrue(ahead > 0 && ahead < 100_000, "read ahead: " + ahead);
    }
    assertReaderEnds();
    long stoppedAt = read.get();
    Thread.sleep(100);
    assertEquals(stoppedAt, read.get(), "the input is read after close()");
    assertEquals(9, pool.apply(PoolWorkersTasks.square, 3));
  }

  /**
   * After {@link TaskPool#terminate()}, an imap over an endless input ends with
   * {@link CancellationException}, its reading thread ends, and the pool refuses new work.
   */
  public static void terminateEndsAnEndlessImap(TaskPool pool) throws InterruptedException {
    AtomicLong read = new AtomicLong();
    ResultIterator<Integer> it =
        pool.imapUnordered(PoolWorkersTasks.square, endless(read, 1_000_000), 3);
    for (int i = 0; i < 10; i++) {
      it.next();
    }
    pool.terminate();
    int cancelled = 0;
    while (it.hasNext()) {
      try {
        it.next(); // a result that came before the terminate
      } catch (CancellationException e) {
        cancelled++;
      }
    }
    assertTrue(cancelled >= 1, "no CancellationException after terminate()");
    assertReaderEnds();
    assertThrows(IllegalStateException.class, () -> pool.imap(PoolWorkersTasks.square, List.of(1)));
  }

  /** Waits up to 10 s for every thread reading an imap's input to end. */
  public static void assertReaderEnds() throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (readerAlive()) {
      if (System.nanoTime() > deadline) {
        fail("a thread reading an imap's input is still alive");
      }
      Thread.sleep(10);
    }
  }

  private static boolean readerAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals(READER) && t.isAlive());
  }
}
