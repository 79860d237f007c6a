package io.github.multiproc;

import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeoutException;

/**
 * A barrier held by a {@link Manager}: Python's {@code manager.Barrier(parties, timeout=t)}, with
 * the method names of {@link ProcessBarrier} for the same Python calls. It breaks as Python's and
 * {@code CyclicBarrier}: when a party's wait times out or the barrier is aborted or reset.
 */
public interface ManagedBarrier {
  /**
   * Waits until every party has arrived, or for the barrier's default timeout: Python's
   * {@code wait()}.
   *
   * @return the arrival index: {@code parties() - 1} for the first to arrive, 0 for the last
   * @throws BrokenBarrierException if the barrier broke, also when the default timeout ran out
   *     (its cause is then a {@link TimeoutException}), as Python raises {@code BrokenBarrierError}
   */
  int await() throws InterruptedException, BrokenBarrierException;

  /**
   * Waits up to {@code timeout}: Python's {@code wait(timeout)}.
   *
   * @throws TimeoutException when the time ran out: the barrier is broken for the others
   */
  int await(Duration timeout) throws InterruptedException, BrokenBarrierException, TimeoutException;

  /** Breaks the barrier for every waiter and later wait: Python's {@code abort()}. */
  void abort();

  /** Returns the barrier to its first state; waiters get a broken barrier: Python's {@code reset()}. */
  void reset();

  /** Python's {@code parties}. */
  int parties();

  /** Parties waiting now: Python's {@code n_waiting}. */
  int numberWaiting();

  /** Python's {@code broken}. */
  boolean isBroken();
}
