package io.github.multiproc;

import io.github.multiproc.internal.shm.Backoff;
import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.LockWord;
import io.github.multiproc.internal.shm.Owners;
import io.github.multiproc.internal.shm.Segment;
import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeoutException;

/**
 * Python's {@code multiprocessing.Barrier} ({@code java.util.concurrent.CyclicBarrier} across
 * processes): {@code parties} threads, in any processes, {@link #await()} until all have arrived,
 * then all go on and the barrier is ready for the next round.
 *
 * <p><b>Broken.</b> As {@code CyclicBarrier}, a barrier breaks when a waiting party times out, is
 * interrupted, or {@link #abort()} is called; every party waiting then, and every later
 * {@code await}, gets {@link BrokenBarrierException} until {@link #reset()}. The party whose own
 * timeout ran out gets {@link TimeoutException}, the one interrupted {@link InterruptedException}.
 *
 * <p><b>Dead parties.</b> Each party writes its process's owner number (as locks record it) into
 * the barrier when it arrives. A waiting party checks, once it stops spinning and then every 20 ms,
 * whether every process that arrived in this round is still alive; when one is provably dead
 * (SIGKILL, crash; one in another pid namespace never is) the barrier breaks and the waiters
 * get {@link BrokenBarrierException}, within about 20 ms. A party that dies before it arrives
 * cannot be told from one that is late: the others wait on, so give {@code await} a timeout where
 * that can happen.
 */
public final class ProcessBarrier extends SegmentBacked {
  private static final int GENERATION = Layout.DATA;
  private static final int COUNT = Layout.DATA + 4;
  private static final int BROKEN = Layout.DATA + 8;
  private static final int OUTCOMES = Layout.DATA + 16;
  /** A waiter finds its round's outcome here even after later rounds began. */
  private static final int ROUNDS_REMEMBERED = 64;
  private static final int OWNERS = OUTCOMES + 4 * ROUNDS_REMEMBERED;
  private static final int PENDING = 0;
  private static final int TRIPPED = 1;
  private static final int BROKE = 2;
  private static final long LIVENESS_CHECK_NANOS = 20_000_000;

  private final LockWord mutex;
  private final int parties;

  private ProcessBarrier(Segment segment, boolean owner) {
    super(segment, owner);
    this.mutex = new LockWord(segment, Layout.LOCK);
    this.parties = (int) segment.getLong(Layout.AUX);
  }

  /** A barrier for {@code parties} parties; Python's {@code Barrier(parties)}. */
  public static ProcessBarrier create(int parties) {
    if (parties <= 0) {
      throw new IllegalArgumentException("a barrier needs at least one party, not " + parties);
    }
    int bytes = OWNERS - Layout.DATA + 4 * parties;
    return new ProcessBarrier(Layout.create(Layout.KIND_BARRIER, parties, bytes), true);
  }

  /** The barrier whose segment is {@code name}. */
  public static ProcessBarrier attach(String name) {
    return new ProcessBarrier(Layout.attach(name, "barrier", Layout.KIND_BARRIER), false);
  }

  /** The number of parties; Python's {@code parties}. */
  public int parties() {
    return parties;
  }

  /** Parties waiting now; Python's {@code n_waiting}. */
  public int numberWaiting() {
    return segment.getIntVolatile(COUNT);
  }

  /** Python's {@code broken}. */
  public boolean isBroken() {
    return segment.getIntVolatile(BROKEN) != 0;
  }

  /**
   * Waits until every party has arrived; Python's {@code wait()}.
   *
   * @return the arrival index: {@code parties() - 1} for the first to arrive, 0 for the last
   */
  public int await() throws InterruptedException, BrokenBarrierException {
    try {
      return awaitUntil(Long.MAX_VALUE);
    } catch (TimeoutException e) {
      throw new AssertionError("an untimed wait timed out", e);
    }
  }

  /**
   * Waits up to {@code timeout} for every party; Python's {@code wait(timeout)}.
   *
   * @return the arrival index, as {@link #await()}
   * @throws TimeoutException when the time ran out: the barrier is broken for the others
   */
  public int await(Duration timeout)
      throws InterruptedException, BrokenBarrierException, TimeoutException {
    return awaitUntil(Backoff.deadline(ProcessEvent.saturatedNanos(timeout)));
  }

  private int awaitUntil(long deadline)
      throws InterruptedException, BrokenBarrierException, TimeoutException {
    if (Thread.interrupted()) {
      breakRound(-1);
      throw new InterruptedException();
    }
    int generation;
    int index;
    lockMutex();
    try {
      if (segment.getIntVolatile(BROKEN) != 0) {
        throw new BrokenBarrierException();
      }
      generation = segment.getIntVolatile(GENERATION);
      int arrived = segment.getIntVolatile(COUNT);
      index = parties - 1 - arrived;
      if (index == 0) {
        trip(generation);
        return 0;
      }
      segment.setIntVolatile(OWNERS + 4 * arrived, Owners.SELF);
      segment.setIntVolatile(COUNT, arrived + 1);
    } finally {
      mutex.release(true);
    }
    Backoff backoff = new Backoff();
    long nextCheck = System.nanoTime();
    while (true) {
      if (segment.getIntVolatile(GENERATION) != generation) {
        return outcome(generation, index);
      }
      if (segment.getIntVolatile(BROKEN) != 0) {
        throw new BrokenBarrierException();
      }
      if (backoff.parking() && System.nanoTime() - nextCheck >= 0) {
        nextCheck = System.nanoTime() + LIVENESS_CHECK_NANOS;
        int dead = deadParty(generation);
        if (dead != 0 && breakRound(generation)) {
          throw new BrokenBarrierException(
              "party " + Owners.describe(dead) + " died while waiting at the barrier");
        }
      }
      if (Backoff.expired(deadline)) {
        if (breakRound(generation)) {
          throw new TimeoutException("barrier timed out with " + numberWaiting() + " of "
              + parties + " parties waiting");
        }
        continue; // the round ended as the time ran out: its outcome decides
      }
      if (Thread.interrupted()) {
        if (breakRound(generation)) {
          throw new InterruptedException();
        }
        Thread.currentThread().interrupt(); // tripped first: keep the interrupt, report success
        continue;
      }
      backoff.pause(deadline);
    }
  }

  private int outcome(int generation, int index) throws BrokenBarrierException {
    int slot = OUTCOMES + 4 * Math.floorMod(generation, ROUNDS_REMEMBERED);
    if (segment.getIntVolatile(slot) == TRIPPED) {
      return index;
    }
    throw new BrokenBarrierException();
  }

  /** The owner number of a provably dead process among this round's arrivals, or 0. */
  private int deadParty(int generation) {
    int arrived = Math.min(segment.getIntVolatile(COUNT), parties);
    for (int i = 0; i < arrived; i++) {
      int owner = segment.getIntVolatile(OWNERS + 4 * i);
      if (owner != 0 && Owners.provablyDead(owner)
          && segment.getIntVolatile(GENERATION) == generation) {
        return owner;
      }
    }
    return 0;
  }

  /** Called with the mutex held by the last arrival. */
  private void trip(int generation) {
    setOutcome(generation + 1, PENDING);
    setOutcome(generation, TRIPPED);
    clearRound();
    segment.setIntVolatile(GENERATION, generation + 1);
  }

  private void clearRound() {
    for (int i = 0; i < parties; i++) {
      segment.setIntVolatile(OWNERS + 4 * i, 0);
    }
    segment.setIntVolatile(COUNT, 0);
  }

  private void setOutcome(int generation, int outcome) {
    segment.setIntVolatile(OUTCOMES + 4 * Math.floorMod(generation, ROUNDS_REMEMBERED), outcome);
  }

  /**
   * Breaks round {@code generation} (-1: the current one) unless it already ended; returns whether
   * the round is broken now (false: it tripped or was reset first).
   */
  private boolean breakRound(int generation) {
    lockMutex();
    try {
      int current = segment.getIntVolatile(GENERATION);
      if (generation != -1 && current != generation) {
        return false;
      }
      setOutcome(current, BROKE);
      segment.setIntVolatile(BROKEN, 1);
      return true;
    } finally {
      mutex.release(true);
    }
  }

  /** Breaks the barrier: every waiter and later {@code await} fails; Python's {@code abort()}. */
  public void abort() {
    breakRound(-1);
  }

  /**
   * Returns the barrier to its initial state; parties waiting now get
   * {@link BrokenBarrierException}; Python's {@code reset()}.
   */
  public void reset() {
    lockMutex();
    try {
      int generation = segment.getIntVolatile(GENERATION);
      setOutcome(generation, BROKE);
      setOutcome(generation + 1, PENDING);
      clearRound();
      segment.setIntVolatile(BROKEN, 0);
      segment.setIntVolatile(GENERATION, generation + 1);
    } finally {
      mutex.release(true);
    }
  }

  private void lockMutex() {
    try {
      // A holder that died mid-update leaves at worst a stale count; the waiters' liveness check
      // then breaks the round, which is the safe outcome.
      mutex.acquire(false, Long.MAX_VALUE, false);
    } catch (InterruptedException e) {
      throw new AssertionError("an uninterruptible acquire was interrupted", e);
    }
  }

  @Override
  public String toString() {
    return "<ProcessBarrier " + segment.name() + " parties=" + parties + " waiting="
        + numberWaiting() + (isBroken() ? " broken>" : ">");
  }
}
