package io.github.multiproc;

import io.github.multiproc.internal.shm.Backoff;
import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;
import java.util.concurrent.TimeUnit;

/**
 * Python's {@code multiprocessing.Semaphore}: a count of permits shared by every process it is
 * passed to. {@link #acquire()} takes one, waiting while there is none; {@link #release()} gives one
 * back (any thread or process may, as in Python). Waiters spin briefly, then sleep in steps of up
 * to 1 ms.
 *
 * <p>A process that dies holding permits does not give them back (as in Python): semaphores do not
 * record who holds them. Use a timed {@link #tryAcquire(long, TimeUnit)} where that matters.
 */
public class ProcessSemaphore extends SegmentBacked {
  static final int COUNT = Layout.DATA;

  ProcessSemaphore(Segment segment, boolean owner) {
    super(segment, owner);
  }

  /** A semaphore with {@code permits} permits; Python's {@code Semaphore(value)}. */
  public static ProcessSemaphore create(int permits) {
    return new ProcessSemaphore(newSegment(Layout.KIND_SEMAPHORE, permits), true);
  }

  static Segment newSegment(int kind, int permits) {
    if (permits < 0) {
      throw new IllegalArgumentException(
          "a semaphore's initial value must be >= 0, not " + permits);
    }
    Segment segment = Layout.create(kind, permits, 8);
    segment.setIntVolatile(COUNT, permits);
    return segment;
  }

  /**
   * The semaphore whose segment is {@code name}: a {@link BoundedProcessSemaphore} if it was made
   * as one.
   */
  public static ProcessSemaphore attach(String name) {
    Segment segment =
        Layout.attach(name, "semaphore", Layout.KIND_SEMAPHORE, Layout.KIND_BOUNDED_SEMAPHORE);
    return Layout.isKind(segment, Layout.KIND_BOUNDED_SEMAPHORE)
        ? new BoundedProcessSemaphore(segment, false)
        : new ProcessSemaphore(segment, false);
  }

  /** Takes a permit, waiting while there is none; Python's {@code acquire()}. */
  public void acquire() throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    take(Long.MAX_VALUE);
  }

  /** Takes a permit if one is free now; Python's {@code acquire(False)}. */
  public boolean tryAcquire() {
    while (true) {
      int count = segment.getIntVolatile(COUNT);
      if (count <= 0) {
        return false;
      }
      if (segment.casInt(COUNT, count, count - 1)) {
        return true;
      }
    }
  }

  /** Waits up to {@code timeout} for a permit; Python's {@code acquire(timeout=...)}. */
  public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    return take(Backoff.deadline(unit.toNanos(timeout)));
  }

  private boolean take(long deadline) throws InterruptedException {
    return Backoff.awaitUntil(deadline, this::tryAcquire);
  }

  /** Gives a permit back; Python's {@code release()}. */
  public void release() {
    segment.getAndAddInt(COUNT, 1);
  }

  /** Permits free now; Python's {@code get_value()}. */
  public int availablePermits() {
    return segment.getIntVolatile(COUNT);
  }

  @Override
  public String toString() {
    return "<"
        + getClass().getSimpleName()
        + " "
        + segment.name()
        + " value="
        + availablePermits()
        + ">";
  }
}
