package io.github.multiproc.internal.shm;

import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * How a waiter on shared memory passes time: spin briefly (a holder on the other core usually lets
 * go within microseconds), then yield, then park with a doubling pause capped at 1 ms, so a long
 * wait costs almost no CPU while a short one never sleeps. One instance per wait; not thread-safe.
 */
public final class Backoff {
  private static final int SPINS = 100;
  private static final int YIELDS = 20;
  private static final long FIRST_PARK_NANOS = 10_000;
  private static final long MAX_PARK_NANOS = 1_000_000;

  private int step;
  private long parkNanos = FIRST_PARK_NANOS;

  /** Whether the spinning is over: a waiter now sleeps, and may afford slower checks. */
  public boolean parking() {
    return step >= SPINS + YIELDS;
  }

  /**
   * Pauses once, never past {@code deadline} ({@link System#nanoTime()} scale; {@code Long.MAX_VALUE}
   * for none). Returns at once when the thread is interrupted; callers check the flag.
   */
  public void pause(long deadline) {
    if (step < SPINS) {
      step++;
      Thread.onSpinWait();
    } else if (step < SPINS + YIELDS) {
      step++;
      Thread.yield();
    } else {
      long nanos = parkNanos;
      if (deadline != Long.MAX_VALUE) {
        nanos = Math.min(nanos, deadline - System.nanoTime());
      }
      if (nanos > 0) {
        LockSupport.parkNanos(this, nanos);
      }
      parkNanos = Math.min(MAX_PARK_NANOS, parkNanos * 2);
    }
  }

  /** The deadline {@code nanos} from now, saturating; {@code Long.MAX_VALUE} stands for never. */
  public static long deadline(long nanos) {
    long now = System.nanoTime();
    if (nanos <= 0) {
      return now;
    }
    long end = now + nanos;
    return (end < now || end == Long.MAX_VALUE) ? Long.MAX_VALUE - 1 : end;
  }

  /** Whether {@code deadline} has passed. */
  public static boolean expired(long deadline) {
    return deadline != Long.MAX_VALUE && System.nanoTime() - deadline >= 0;
  }

  /**
   * Waits, backing off, until {@code ready} returns true or {@code deadline} passes. Each round
   * checks {@code ready} first, then the deadline, then the interrupt flag, so a condition already
   * true wins over an expired deadline and an interrupt.
   *
   * @return true when {@code ready} returned true, false when the deadline passed first
   * @throws InterruptedException when the thread was interrupted while waiting (flag cleared)
   */
  public static boolean awaitUntil(long deadline, BooleanSupplier ready)
      throws InterruptedException {
    Backoff backoff = new Backoff();
    while (true) {
      if (ready.getAsBoolean()) {
        return true;
      }
      if (expired(deadline)) {
        return false;
      }
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      backoff.pause(deadline);
    }
  }
}
