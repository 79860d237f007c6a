package io.github.multiproc.internal.shm;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Compiles the lock and shared-value paths in a standby JVM before a child needs them (no Python
 * counterpart: CPython interprets anyway). Interpreted, each VarHandle access costs microseconds,
 * and a child that starts with a loop of lock operations would run its first thousands that way.
 *
 * <p>The rounds meet contention on purpose. C2 compiles from the profile the rounds leave, and a
 * branch the profile never saw taken becomes an uncommon trap: code compiled from uncontended
 * rounds alone has no waiting path, and the child's first acquire that finds the lock held by
 * another process (the common case when two children share one lock) throws the code away, back
 * to the interpreter, until C2 compiles it again, in the middle of the child's work, as seen
 * with {@code -XX:+LogCompilation} as {@code unstable_if} traps in {@code LockWord.acquire}. So
 * every {@value #CONTENDED_EVERY} rounds the lock is marked held by another thread of this JVM
 * before the acquire, which then waits until a rival thread lets go of it: after a few spins
 * mostly, now and then only once the rival has seen the waiter parked (a fixed hold ended, on a
 * busy machine, while the waiter still yielded, and the child's first wait long enough to park
 * met a trap).
 *
 * <p>Why not two threads running the same loop: in a standby busy with its other warm-ups they
 * seldom overlap, and the profile stayed uncontended; and a handshake in which the rival takes
 * the lock itself needs the warm-up to wait for it, which either spins (two standbys booting on
 * two cores starved each other, and replacements missed a 700 ms refill) or yields (the rival
 * then ran its whole hold on the same core, and the acquire after it found the lock free).
 */
public final class LockWarmUp {
  /** One round in this many finds the lock held: enough for the profile to count. */
  static final int CONTENDED_EVERY = 256;

  /** One contended round in this many is held long enough for the waiter to park. */
  private static final int LONG_HOLD_EVERY = 8;

  private static final int SHORT_HOLD_SPINS = 50;

  /** How often the rival of a long hold looks whether the waiter has parked. */
  private static final long LONG_HOLD_NANOS = 200_000;

  /** The longest a long hold lasts if the waiter is never seen parked. */
  private static final long LONG_HOLD_MAX_NANOS = 20_000_000;

  /** The owner word of the pretended holder: this process, a thread id no thread has. */
  private static final long RIVAL_WORD = LockWord.OWNER_BITS | 0xffffffffL;

  /** The rival thread's name. */
  static final String RIVAL_NAME = "multiproc-warm-up-rival";

  private static final int IDLE = 0;
  private static final int HOLD_SHORT = 1;
  private static final int HOLD_LONG = 2;
  private static final int STOP = 3;

  private LockWarmUp() {}

  /**
   * Runs {@code rounds} rounds of a lock's acquire and release around a shared int's and a shared
   * long's read and write on scratch memory, one in {@value #CONTENDED_EVERY} of them contended.
   *
   * @return the rounds whose acquire had to wait for the rival
   */
  public static int compileHotPaths(int rounds) throws InterruptedException {
    Segment scratch = Segment.scratch(LockWord.SIZE + Long.BYTES);
    LockWord lock = new LockWord(scratch, 0);
    AtomicInteger request = new AtomicInteger(IDLE);
    AtomicInteger letGo = new AtomicInteger();
    Thread waiter = Thread.currentThread();
    Thread rival = new Thread(() -> letGoWhenAsked(lock, request, letGo, waiter), RIVAL_NAME);
    rival.setDaemon(true);
    rival.start(); // throws if it cannot start: then no round waits for it
    try {
      for (int i = 0; i < rounds; i++) {
        if (i % CONTENDED_EVERY == 0) {
          boolean longHold = (i / CONTENDED_EVERY) % LONG_HOLD_EVERY == 0;
          lock.markHeldBy(RIVAL_WORD);
          request.set(longHold ? HOLD_LONG : HOLD_SHORT);
          LockSupport.unpark(rival);
        }
        lock.acquire(i % 2 == 0, Long.MAX_VALUE, i % 3 == 0);
        scratch.setIntVolatile(LockWord.SIZE, scratch.getIntVolatile(LockWord.SIZE) + 1);
        scratch.setLongVolatile(LockWord.SIZE, scratch.getLongVolatile(LockWord.SIZE));
        lock.release(false);
      }
    } finally {
      request.set(STOP);
      LockSupport.unpark(rival);
    }
    rival.join();
    return letGo.get();
  }

  /**
   * The rival: sleeps until asked, holds as asked (a long hold until it sees {@code waiter}
   * parked), lets go of the pretended hold.
   */
  private static void letGoWhenAsked(
      LockWord lock, AtomicInteger request, AtomicInteger letGo, Thread waiter) {
    while (true) {
      int asked = request.get();
      if (asked == STOP) {
        return;
      }
      if (asked == IDLE) {
        LockSupport.park(); // a spurious return only loops once more
        continue;
      }
      if (asked == HOLD_LONG) {
        long giveUp = System.nanoTime() + LONG_HOLD_MAX_NANOS;
        do {
          LockSupport.parkNanos(LONG_HOLD_NANOS);
        } while (waiter.getState() != Thread.State.TIMED_WAITING && System.nanoTime() - giveUp < 0);
      } else {
        for (int i = 0; i < SHORT_HOLD_SPINS; i++) {
          Thread.onSpinWait();
        }
      }
      request.compareAndSet(asked, IDLE);
      letGo.incrementAndGet();
      lock.clearHold();
    }
  }
}
