package io.github.multiproc;

import io.github.multiproc.internal.shm.Backoff;
import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;
import java.time.Duration;

/**
 * Python's {@code multiprocessing.Event}: a flag shared by every process it is passed to;
 * {@link #waitFor} blocks until some process {@link #set()}s it. A waiter also returns true if the
 * flag was set and cleared again while it slept (every {@code set} bumps a counter the waiter
 * watches), as Python's waiters, woken by {@code set}, return true. Waiters spin briefly, then sleep
 * in steps of up to 1 ms.
 */
public final class ProcessEvent extends SegmentBacked {
  private static final int FLAG = Layout.DATA;
  private static final int SETS = Layout.DATA + 8;

  private ProcessEvent(Segment segment, boolean owner) {
    super(segment, owner);
  }

  /** A new, clear event; Python's {@code Event()}. */
  public static ProcessEvent create() {
    return new ProcessEvent(Layout.create(Layout.KIND_EVENT, 0, 16), true);
  }

  /** The event whose segment is {@code name}. */
  public static ProcessEvent attach(String name) {
    return new ProcessEvent(Layout.attach(name, "event", Layout.KIND_EVENT), false);
  }

  /** Sets the flag and wakes every waiter; Python's {@code set()}. */
  public void set() {
    segment.setIntVolatile(FLAG, 1);
    segment.getAndAddLong(SETS, 1);
  }

  /** Clears the flag; Python's {@code clear()}. */
  public void clear() {
    segment.setIntVolatile(FLAG, 0);
  }

  /** Python's {@code is_set()}. */
  public boolean isSet() {
    return segment.getIntVolatile(FLAG) != 0;
  }

  /** Waits until the flag is set; Python's {@code wait()}. */
  public void waitFor() throws InterruptedException {
    waitUntil(Long.MAX_VALUE);
  }

  /**
   * Waits up to {@code timeout} for the flag; Python's {@code wait(timeout)}.
   *
   * @return true if the flag was set (false: the time ran out)
   */
  public boolean waitFor(Duration timeout) throws InterruptedException {
    return waitUntil(Backoff.deadline(saturatedNanos(timeout)));
  }

  static long saturatedNanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException e) {
      return duration.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  private boolean waitUntil(long deadline) throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    long sets = segment.getLongVolatile(SETS);
    return Backoff.awaitUntil(
        deadline, () -> segment.getIntVolatile(FLAG) != 0 || segment.getLongVolatile(SETS) != sets);
  }

  @Override
  public String toString() {
    return "<ProcessEvent " + segment.name() + (isSet() ? " set>" : " clear>");
  }
}
