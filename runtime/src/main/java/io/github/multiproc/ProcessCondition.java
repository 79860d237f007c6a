package io.github.multiproc;

import io.github.multiproc.internal.shm.Backoff;
import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;
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
 * <p>The segment holds a signal sequence number: {@code await} notes it, releases the lock fully,
 * waits for it to change, and takes the lock back (with its former hold count). So
 * {@link #signal()} wakes every thread waiting at that moment, not just one: each re-checks its
 * predicate under the lock, as {@link Condition}'s contract (spurious wake-ups) requires of every
 * caller anyway. Nothing is lost: a signal after a waiter noted the number always wakes it, and a
 * waiter that timed out consumes nothing. Waiters spin briefly, then sleep in steps of up to 1 ms.
 */
public final class ProcessCondition extends SegmentBacked implements Condition {
  private static final int SEQUENCE = Layout.DATA;
  private static final int LOCK_KIND = Layout.DATA + 8;
  private static final int LOCK_NAME_LENGTH = Layout.DATA + 12;
  private static final int LOCK_NAME = Layout.DATA + 16;
  private static final int MAX_NAME = 200;

  private final AbstractProcessLock lock;
  private final boolean ownsLock;

  private ProcessCondition(
      Segment segment, AbstractProcessLock lock, boolean owner, boolean ownsLock) {
    super(segment, owner);
    this.lock = lock;
    this.ownsLock = ownsLock;
  }

  /** A condition with a new reentrant lock of its own; Python's {@code Condition()}. */
  public static ProcessCondition create() {
    return create(ReentrantProcessLock.create(), true);
  }

  static ProcessCondition create(AbstractProcessLock lock, boolean ownsLock) {
    byte[] lockName = lock.name().getBytes(StandardCharsets.US_ASCII);
    Segment segment = Layout.create(Layout.KIND_CONDITION, 0, 16 + MAX_NAME);
    segment.setInt(LOCK_KIND, lock.reentrant ? Layout.KIND_RLOCK : Layout.KIND_LOCK);
    segment.setInt(LOCK_NAME_LENGTH, lockName.length);
    for (int i = 0; i < lockName.length; i++) {
      segment.setByte(LOCK_NAME + i, lockName[i]);
    }
    segment.setLongVolatile(SEQUENCE, 0);
    return new ProcessCondition(segment, lock, true, ownsLock);
  }

  /** The condition whose segment is {@code name}, with its lock. */
  public static ProcessCondition attach(String name) {
    Segment segment = Layout.attach(name, "condition", Layout.KIND_CONDITION);
    int length = segment.getInt(LOCK_NAME_LENGTH);
    if (length <= 0 || length > MAX_NAME) {
      throw new IllegalStateException("condition segment '" + name + "' names no lock");
    }
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = segment.getByte(LOCK_NAME + i);
    }
    String lockName = new String(bytes, StandardCharsets.US_ASCII);
    AbstractProcessLock lock = segment.getInt(LOCK_KIND) == Layout.KIND_LOCK
        ? ProcessLock.attach(lockName) : ReentrantProcessLock.attach(lockName);
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

  /** Returns whether a signal came (false: the deadline passed). */
  private boolean awaitUntilDeadline(long deadline, boolean interruptible)
      throws InterruptedException {
    if (!lock.word.heldByMe()) {
      throw new IllegalMonitorStateException("await without holding the condition's lock");
    }
    if (interruptible && Thread.interrupted()) {
      throw new InterruptedException();
    }
    long sequence = segment.getLongVolatile(SEQUENCE);
    int holds = lock.word.release(true);
    boolean signalled = false;
    boolean interrupted = false;
    try {
      Backoff backoff = new Backoff();
      while (true) {
        if (segment.getLongVolatile(SEQUENCE) != sequence) {
          signalled = true;
          break;
        }
        if (Backoff.expired(deadline)) {
          break;
        }
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
    }
    if (interrupted) {
      if (interruptible) {
        Thread.interrupted(); // the reacquire may have set it again
        throw new InterruptedException();
      }
      Thread.currentThread().interrupt();
    }
    return signalled;
  }

  /**
   * Wakes the threads waiting now (every one of them, see the class comment); Python's
   * {@code notify()}.
   *
   * @throws IllegalMonitorStateException when the calling thread does not hold the lock
   */
  @Override
  public void signal() {
    signalAll();
  }

  /** Wakes every thread waiting now; Python's {@code notify_all()}. */
  @Override
  public void signalAll() {
    if (!lock.word.heldByMe()) {
      throw new IllegalMonitorStateException("signal without holding the condition's lock");
    }
    segment.getAndAddLong(SEQUENCE, 1);
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
