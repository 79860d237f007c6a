package io.github.multiproc;

import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;

/**
 * Python's {@code multiprocessing.BoundedSemaphore}: a {@link ProcessSemaphore} whose count may
 * never exceed its initial value; a {@link #release()} that would is an error (Python's
 * {@code ValueError}), a sign of releasing more often than acquiring.
 */
public final class BoundedProcessSemaphore extends ProcessSemaphore {
  private final int bound;

  BoundedProcessSemaphore(Segment segment, boolean owner) {
    super(segment, owner);
    this.bound = (int) segment.getLong(Layout.AUX);
  }

  /** A semaphore with {@code permits} permits, at most; Python's {@code BoundedSemaphore(value)}. */
  public static BoundedProcessSemaphore create(int permits) {
    return new BoundedProcessSemaphore(newSegment(Layout.KIND_BOUNDED_SEMAPHORE, permits), true);
  }

  /**
   * Gives a permit back.
   *
   * @throws IllegalStateException when every permit is already free (Python's {@code ValueError:
   *     Semaphore released too many times})
   */
  @Override
  public void release() {
    while (true) {
      int count = segment.getIntVolatile(COUNT);
      if (count >= bound) {
        throw new IllegalStateException(
            "semaphore released too many times: all " + bound + " permits are already free");
      }
      if (segment.casInt(COUNT, count, count + 1)) {
        return;
      }
    }
  }

  /** The initial, and highest, number of permits. */
  public int bound() {
    return bound;
  }
}
