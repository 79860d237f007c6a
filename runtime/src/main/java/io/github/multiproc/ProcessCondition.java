package io.github.multiproc;

import io.github.multiproc.internal.shm.Backoff;
import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;
import io.github.multiproc.internal.shm.WaiterSlots;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * Python's {@code multiprocessing.Condition}: a {@link Condition} of a {@link ProcessLock} or
 * {@link ReentrantProcessLock}, usable from every process it is passed to. Make one with
 * {@code lock.newCondition()}, or {@link #create()} for a condition with its own reentrant lock
 * (Python's {@code Condition()}).
 *
 * <p>The segment holds a table of the threads waiting now, in arrival order: {@code await}
 * enters the calling thread, releases the lock fully, waits for its own slot to be signalled, and
 * takes the lock back (with its former hold count). {@link #signal()} wakes exactly one waiter, the
 * one that has waited longest, {@link #signal(int) signal(n)} n of them and {@link #signalAll()}
 * all, as Python's {@code notify}, {@code notify(n)} and {@code notify_all}. Nothing is lost: a
 * waiter that timed out or was interrupted takes no signal meant for another, and one whose
 * process died is skipped. At most {@value #MAX_WAITERS} threads may wait on one condition at once.
 * Waiters spin briefly, then sleep in steps of up to 1 ms.
 */
public final class ProcessCondition extends SegmentBacked implements Condition {
  /** The most threads that may wait on one condition at once. */
  public static final int MAX_WAITERS = 1024;

  private static final int LOCK_KIND = Layout.DATA;
  private static final int LOCK_NAME_LENGTH = Layout.DATA + 4;
  private static final int LOCK_NAME = Layout.DATA + 8;
  private static final int MAX_NAME = 200;
  private static final int WAITERS = LOCK_NAME + MAX_NAME;

  private final AbstractProcessLock lock;
  private final WaiterSlots waiters;
  private final boolean ownsLock;

  private ProcessCondition(
      Segment segment, AbstractProcessLock lock, boolean owner, boolean ownsLock) {
    super(segment, owner);
    this.lock = lock;
    this.ownsLock = ownsLock;
    this.waiters = new WaiterSlots(segment, WAITERS, MAX_WAITERS);
  }

  /** A condition with a new reentrant lock of its own; Python's {@code Condition()}. */
  public static ProcessCondition create() {
    return create(ReentrantProcessLock.create(), true);
  }

  static ProcessCondition create(AbstractProcessLock lock, boolean ownsLock) {
    byte[] lockName = lock.name().getBytes(StandardCharsets.US_ASCII);
    Segment segment =
        Layout.create(
            Layout.KIND_CONDITION, 0, WAITERS - Layout.DATA + WaiterSlots.bytes(MAX_WAITERS));
    segment.setInt(LOCK_KIND, lock.reentrant ? Layout.KIND_RLOCK : Layout.KIND_LOCK);
    segment.setInt(LOCK_NAME_LENGTH, lockName.length);
    for (int i = 0; i < lockName.length; i++) {
      segment.setByte(LOCK_NAME + i, lockName[i]);
    }
    return new ProcessCondition(segment, lock, true, ownsLock);
  }

  /** The condition whose segment is {@code name}, with its lock. */
  public static ProcessCondition attach(String name) {
    Segment segment = Layout.attach(name, "condition", Layout.KIND_CONDITION);
    if (segment.size() < WAITERS + WaiterSlots.bytes(MAX_WAITERS)) {
      throw new IllegalStateException(
          "condition segment '"
              + name
              + "' has "
              + segment.size()
              + " bytes, too few for this multiproc version's condition: was it made by another?");
    }
    int length = segment.getInt(LOCK_NAME_LENGTH);
    if (length <= 0 || length > MAX_NAME) {
      throw new IllegalStateException("condition segment '" + name + "' names no lock");
    }
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = segment.getByte(LOCK_NAME + i);
    }
    String lockName = new String(bytes, StandardCharsets.US_ASCII);
    AbstractProcessLock lock =
        segment.getInt(LOCK_KIND) == Layout.KIND_LOCK
            ? ProcessLock.attach(lockName)
            : ReentrantProcessLock.attach(lockName);
    return new ProcessCondition(segment, lock, false, false);
  }

  /** The lock this condition belongs to; hold it to await or signal. */
  public Lock lock() {
    return lock;
  }

  @Override
  public void await() throws InterruptedException {
    awaitUntilDeadline(Long.MAX_VALUE, true);
  }

  @Override
  public void awaitUninterruptibly() {
    try {
      awaitUntilDeadline(Long.MAX_VALUE, false);
    } catch (InterruptedException e) {
      throw new AssertionError("an uninterruptible wait was interrupted", e);
    }
  }

  @Override
  public long awaitNanos(long nanosTimeout) throws InterruptedException {
    long deadline = Backoff.deadline(nanosTimeout);
    awaitUntilDeadline(deadline, true);
    return deadline - System.nanoTime();
  }

  /** Python's {@code wait(timeout)}: false when the time ran out before a signal. */
  @Override
  public boolean await(long time, TimeUnit unit) throws InterruptedException {
    return awaitUntilDeadline(Backoff.deadline(unit.toNanos(time)), true);
  }

  @Override
  public boolean awaitUntil(Date deadline) throws InterruptedException {
    long millis = deadline.getTime() - System.currentTimeMillis();
    return awaitUntilDeadline(Backoff.deadline(TimeUnit.MILLISECONDS.toNanos(millis)), true);
  }

  /**
   * Returns whether a signal came (false: the deadline passed). An interrupt that comes after a
   * signal does not throw, it stays set, so the signal is not lost (as in
   * {@code AbstractQueuedSynchronizer}'s conditions).
   */
  private boolean awaitUntilDeadline(long deadline, boolean interruptible)
      throws InterruptedException {
    requireLock("await");
    if (interruptible && Thread.interrupted()) {
      throw new InterruptedException();
    }
    int slot = waiters.enter(segment.name());
    int holds = lock.word.release(true);
    boolean signalled;
    boolean interrupted = false;
    try {
      Backoff backoff = new Backoff();
      while (!waiters.isSignalled(slot) && !Backoff.expired(deadline)) {
        if (Thread.interrupted()) {
          interrupted = true;
          if (interruptible) {
            break;
          }
        }
        backoff.pause(deadline);
      }
    } finally {
      lock.word.acquire(lock.reentrant, Long.MAX_VALUE, false);
      lock.word.restoreHolds(holds);
      signalled = waiters.leave(slot);
    }
    if (interrupted) {
      Thread.interrupted(); // the reacquire may have set it again
      if (interruptible && !signalled) {
        throw new InterruptedException();
      }
      Thread.currentThread().interrupt();
    }
    return signalled;
  }

  /**
   * Wakes one waiting thread, the one that has waited longest, if any waits; Python's
   * {@code notify()}.
   *
   * @throws IllegalMonitorStateException when the calling thread does not hold the lock
   */
  @Override
  public void signal() {
    signal(1);
  }

  /**
   * Wakes up to {@code n} waiting threads, longest waiting first; Python's {@code notify(n)}.
   *
   * @return how many threads it woke (fewer than {@code n} when fewer were waiting)
   * @throws IllegalArgumentException when {@code n} is negative
   * @throws IllegalMonitorStateException when the calling thread does not hold the lock
   */
  public int signal(int n) {
    if (n < 0) {
      throw new IllegalArgumentException(
          "signal(n) wakes n waiters; n must be at least 0, not " + n);
    }
    requireLock("signal");
    return waiters.signal(n);
  }

  /** Wakes every thread waiting now; Python's {@code notify_all()}. */
  @Override
  public void signalAll() {
    requireLock("signal");
    waiters.signal(Integer.MAX_VALUE);
  }

  private void requireLock(String what) {
    if (!lock.word.heldByMe()) {
      throw new IllegalMonitorStateException(what + " without holding the condition's lock");
    }
  }

  /** Removes the segment's name (and its own lock's) if this object created them. */
  @Override
  public void close() {
    super.close();
    if (ownsLock) {
      lock.close();
    }
  }

  @Override
  public String toString() {
    return "<ProcessCondition " + segment.name() + " of " + lock + ">";
  }
}
