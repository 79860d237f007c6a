package io.github.multiproc.cluster.manager;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How a cluster proxy waits (a {@code take} on an empty queue, a {@code tryLock} with a timeout):
 * by trying without waiting, and sleeping a little longer after each miss. Not Hazelcast's
 * blocking calls: a member's {@code IQueue.take} ignores interrupts, and a blocking call that is
 * interrupted may leave its operation queued on the member, which then takes an item or grants a
 * lock to a caller that has gone. A try without waiting always completes, so nothing is lost,
 * and the sleep between tries answers interrupts as a {@code BlockingQueue} must.
 */
final class Retries {
  /** The longest sleep between two tries: how late a waiter may notice its item or lock. */
  private static final long MAX_PAUSE_MILLIS = 20;

  private Retries() {}

  /** The deadline {@code time} from now, capped so that it cannot overflow. */
  static long deadline(long time, TimeUnit unit) {
    return System.nanoTime() + Math.min(Math.max(0, unit.toNanos(time)), Long.MAX_VALUE / 4);
  }

  /**
   * The first non-null result of {@code attempt}, tried at once and again until
   * {@code deadlineNanos}; null if none came by then.
   *
   * @throws InterruptedException if the thread is interrupted while it sleeps between tries
   */
  static <T> T until(Supplier<T> attempt, long deadlineNanos) throws InterruptedException {
    long pauseMillis = 1;
    while (true) {
      T result = attempt.get();
      if (result != null) {
        return result;
      }
      long left = deadlineNanos - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      TimeUnit.MILLISECONDS.sleep(Math.min(pauseMillis, TimeUnit.NANOSECONDS.toMillis(left) + 1));
      pauseMillis = Math.min(MAX_PAUSE_MILLIS, pauseMillis * 2);
    }
  }

  /** The first non-null result of {@code attempt}, however long it takes. */
  static <T> T untilDone(Supplier<T> attempt) throws InterruptedException {
    while (true) {
      T result = until(attempt, deadline(1, TimeUnit.DAYS));
      if (result != null) {
        return result;
      }
    }
  }

  /** {@code TRUE} for a success, null for a miss: a boolean try as {@link #until} takes it. */
  static Boolean successOrNull(boolean success) {
    return success ? Boolean.TRUE : null;
  }
}
