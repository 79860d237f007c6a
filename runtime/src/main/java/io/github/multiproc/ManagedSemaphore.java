package io.github.multiproc;

import java.util.concurrent.TimeUnit;

/**
 * A semaphore held by a {@link Manager}: Python's {@code manager.Semaphore(value)} and
 * {@code manager.BoundedSemaphore(value)}. Its methods have the names of {@link ProcessSemaphore}'s
 * for the same Python calls.
 */
public interface ManagedSemaphore {
  /** Takes a permit, waiting while there is none: Python's {@code acquire()}. */
  void acquire() throws InterruptedException;

  /** Takes a permit if one is free now: Python's {@code acquire(False)}. */
  boolean tryAcquire();

  /** Waits up to {@code timeout} for a permit: Python's {@code acquire(timeout=...)}. */
  boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException;

  /**
   * Gives a permit back: Python's {@code release()}.
   *
   * @throws IllegalStateException for a bounded semaphore whose permits are all free already
   *     (Python's {@code ValueError: Semaphore released too many times})
   */
  void release();

  /** Permits free now: Python's {@code get_value()}. */
  int availablePermits();
}
