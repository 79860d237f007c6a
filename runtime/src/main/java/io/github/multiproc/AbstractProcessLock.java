package io.github.multiproc;

import io.github.multiproc.internal.shm.Backoff;
import io.github.multiproc.internal.shm.LockWord;
import io.github.multiproc.internal.shm.Segment;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/**
 * What {@link ProcessLock} and {@link ReentrantProcessLock} share: a robust {@link LockWord} in a
 * shared segment. Package-private so the public types stay the two Python names.
 */
abstract class AbstractProcessLock extends SegmentBacked implements Lock {
  final LockWord word;
  final boolean reentrant;

  AbstractProcessLock(Segment segment, int offset, boolean reentrant, boolean owner) {
    super(segment, owner);
    this.word = new LockWord(segment, offset);
    this.reentrant = reentrant;
  }

  /**
   * Acquires the lock, waiting as long as it takes; Python's {@code acquire()}. If the holder's
   * process died, this takes the lock over and {@link #wasAbandoned()} is true for this hold.
   */
  @Override
  public void lock() {
    try {
      word.acquire(reentrant, Long.MAX_VALUE, false);
    } catch (InterruptedException e) {
      throw new AssertionError("an uninterruptible acquire was interrupted", e);
    }
  }

  @Override
  public void lockInterruptibly() throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    word.acquire(reentrant, Long.MAX_VALUE, true);
  }

  /** Acquires the lock if it is free now (or its holder is dead); Python's {@code acquire(False)}. */
  @Override
  public boolean tryLock() {
    try {
      return word.acquire(reentrant, System.nanoTime(), false) != LockWord.FAILED;
    } catch (InterruptedException e) {
      throw new AssertionError("an uninterruptible acquire was interrupted", e);
    }
  }

  /** Waits up to {@code time} for the lock; Python's {@code acquire(timeout=...)}. */
  @Override
  public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    return word.acquire(reentrant, Backoff.deadline(unit.toNanos(time)), true) != LockWord.FAILED;
  }

  /**
   * Releases the lock (one hold of a reentrant lock); Python's {@code release()}.
   *
   * @throws IllegalMonitorStateException when the calling thread does not hold it, whether another
   *     thread or another process does, or nobody
   */
  @Override
  public void unlock() {
    word.release(false);
  }

  /** A condition bound to this lock, usable from every process the condition is passed to. */
  @Override
  public ProcessCondition newCondition() {
    return ProcessCondition.create(this, false);
  }

  /**
   * True when the calling thread holds the lock and took it over from a process that died holding
   * it (POSIX's {@code EOWNERDEAD}): the data the lock guards may be half-updated.
   */
  public boolean wasAbandoned() {
    return word.abandoned();
  }

  /** Whether any thread of any process holds the lock now. */
  public boolean isLocked() {
    return word.isHeld();
  }

  /** Whether the calling thread holds the lock. */
  public boolean isHeldByCurrentThread() {
    return word.heldByMe();
  }

  @Override
  public String toString() {
    return "<" + getClass().getSimpleName() + " " + segment.name() + " " + word.state() + ">";
  }
}
