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
 *
 * <p><b>Action and default timeout</b> (Python's {@code Barrier(parties, action, timeout)}). The
 * default timeout lives in the shared segment, so every process's {@link #await()} uses it. The
 * action is code, which does not cross processes: it runs in the process of the party that
 * arrives last, before any party is released, and only a handle that has it can run it. Python
 * runs it in one of the waiting threads too (the last to arrive, in CPython). A process that got
 * the barrier as a worker argument gives it its own copy of the action with {@link
 * #withAction(Runnable)}; if the last party's handle has none, the barrier breaks and that party
 * gets an {@link IllegalStateException} saying so, rather than skipping the action silently.
 */
public final class ProcessBarrier extends SegmentBacked {
  private static final int GENERATION = Layout.DATA;
  private static final int COUNT = Layout.DATA + 4;
  private static final int BROKEN = Layout.DATA + 8;

  /** 1 when the barrier was created with an action, which the tripping party's handle must have. */
  private static final int HAS_ACTION = Layout.DATA + 12;

  /** The default timeout of {@link #await()} in nanoseconds; 0 for none. */
  private static final int DEFAULT_TIMEOUT = Layout.DATA + 16;

  private static final int OUTCOMES = Layout.DATA + 24;

  /** A waiter finds its round's outcome here even after later rounds began. */
  private static final int ROUNDS_REMEMBERED = 64;

  private static final int OWNERS = OUTCOMES + 4 * ROUNDS_REMEMBERED;
  private static final int PENDING = 0;
  private static final int TRIPPED = 1;
  private static final int BROKE = 2;
  private static final long LIVENESS_CHECK_NANOS = 20_000_000;

  private final LockWord mutex;
  private final int parties;

  /** This handle's copy of the action, run in this process when its party trips the barrier. */
  private final Runnable action;

  private ProcessBarrier(Segment segment, boolean owner, Runnable action) {
    super(segment, owner);
    this.mutex = new LockWord(segment, Layout.LOCK);
    this.parties = (int) segment.getLong(Layout.AUX);
    this.action = action;
  }

  /** A barrier for {@code parties} parties; Python's {@code Barrier(parties)}. */
  public static ProcessBarrier create(int parties) {
    return create(parties, null, null);
  }

  /**
   * A barrier for {@code parties} parties whose last arriving party runs {@code action} before
   * the others are released, and whose {@link #await()} gives up after {@code timeout}: Python's
   * {@code Barrier(parties, action, timeout)}. Either may be null (Python's {@code None}).
   *
   * @throws IllegalArgumentException if {@code parties} is not positive or {@code timeout} is
   *     negative or zero
   */
  public static ProcessBarrier create(int parties, Runnable action, Duration timeout) {
    if (parties <= 0) {
      throw new IllegalArgumentException("a barrier needs at least one party, not " + parties);
    }
    if (timeout != null) {
      requirePositive(timeout);
    }
    int bytes = OWNERS - Layout.DATA + 4 * parties;
    Segment segment = Layout.create(Layout.KIND_BARRIER, parties, bytes);
    segment.setIntVolatile(HAS_ACTION, action == null ? 0 : 1);
    segment.setLongVolatile(
        DEFAULT_TIMEOUT, timeout == null ? 0 : Math.max(1, ProcessEvent.saturatedNanos(timeout)));
    return new ProcessBarrier(segment, true, action);
  }

  /** Refuses a default timeout that is not positive (a manager's barrier's too). */
  static Duration requirePositive(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException(
          "a barrier's default timeout must be positive, not "
              + timeout
              + "; leave it out (null) for none");
    }
    return timeout;
  }

  /** The barrier whose segment is {@code name}. */
  public static ProcessBarrier attach(String name) {
    return new ProcessBarrier(Layout.attach(name, "barrier", Layout.KIND_BARRIER), false, null);
  }

  /**
   * A handle on this same barrier whose party runs {@code action} in this process when it arrives
   * last: how a process that got the barrier as a worker argument supplies the action it was
   * created with (Python pickles the action along with the barrier; Java code cannot cross).
   * Closing the returned handle never removes the barrier.
   */
  public ProcessBarrier withAction(Runnable action) {
    if (action == null) {
      throw new NullPointerException("action");
    }
    return new ProcessBarrier(segment, false, action);
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
   * Waits until every party has arrived, or for the default timeout given to {@link
   * #create(int, Runnable, Duration)}; Python's {@code wait()}.
   *
   * @return the arrival index: {@code parties() - 1} for the first to arrive, 0 for the last
   * @throws BrokenBarrierException also when the default timeout ran out (its cause is then a
   *     {@link TimeoutException}), as Python raises {@code BrokenBarrierError}
   */
  public int await() throws InterruptedException, BrokenBarrierException {
    long timeout = segment.getLongVolatile(DEFAULT_TIMEOUT);
    try {
      return awaitUntil(timeout == 0 ? Long.MAX_VALUE : Backoff.deadline(timeout));
    } catch (TimeoutException e) {
      BrokenBarrierException broken =
          new BrokenBarrierException(
              "the barrier's default timeout of " + Duration.ofNanos(timeout) + " ran out");
      broken.initCause(e);
      throw broken;
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
        runActionAndTrip(generation, arrived);
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
          throw new TimeoutException(
              "barrier timed out with " + numberWaiting() + " of " + parties + " parties waiting");
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
      if (owner != 0
          && Owners.provablyDead(owner)
          && segment.getIntVolatile(GENERATION) == generation) {
        return owner;
      }
    }
    return 0;
  }

  /**
   * Called with the mutex held by the last arrival: runs the action (if any), then trips. The
   * mutex stays held meanwhile, so a party of the next round waits for it; the owner slot and count
   * cover this party too, so the waiters' liveness check breaks the round if it dies in the action.
   */
  private void runActionAndTrip(int generation, int arrived) {
    if (segment.getIntVolatile(HAS_ACTION) != 0) {
      segment.setIntVolatile(OWNERS + 4 * arrived, Owners.SELF);
      segment.setIntVolatile(COUNT, arrived + 1);
      try {
        if (action == null) {
          throw new IllegalStateException(
              "barrier "
                  + segment.name()
                  + " was created with an"
                  + " action, but this process's handle has none to run as the last party; give it"
                  + " the same action with barrier.withAction(action) before await()");
        }
        action.run();
      } catch (RuntimeException | Error e) {
        // As Python and CyclicBarrier: a failed action breaks the barrier for every party.
        setBroken(generation);
        throw e;
      }
    }
    trip(generation);
  }

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
      setBroken(current);
      return true;
    } finally {
      mutex.release(true);
    }
  }

  /** With the mutex held: round {@code generation} and the barrier are broken. */
  private void setBroken(int generation) {
    setOutcome(generation, BROKE);
    segment.setIntVolatile(BROKEN, 1);
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
    return "<ProcessBarrier "
        + segment.name()
        + " parties="
        + parties
        + " waiting="
        + numberWaiting()
        + (isBroken() ? " broken>" : ">");
  }
}
