package io.github.multiproc.internal.pool;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** The waits of a back end for its own end, on its monitor; in the parent. */
final class MonitorWait {
  private MonitorWait() {}

  /**
   * Waits on {@code monitor}, which the caller holds, until {@code done} says so or {@code timeout}
   * has passed: whether it is done. Whoever makes {@code done} true calls {@code notifyAll}.
   */
  static boolean until(Object monitor, BooleanSupplier done, long timeout, TimeUnit unit)
      throws InterruptedException {
    long deadline = System.nanoTime() + Math.min(unit.toNanos(timeout), Long.MAX_VALUE / 4);
    while (!done.getAsBoolean()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(monitor, left);
    }
    return true;
  }

  /**
   * Waits for {@code backend} to end, however long it takes; an interrupt meanwhile ends the wait
   * and stays set for the caller (terminate() has already told every worker to stop).
   */
  static void forEnd(PoolBackend backend) {
    try {
      backend.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
