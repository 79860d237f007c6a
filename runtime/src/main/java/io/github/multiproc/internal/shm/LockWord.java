package io.github.multiproc.internal.shm;

import io.github.multiproc.internal.log.LazyLogger;
import java.lang.System.Logger.Level;

/**
 * A robust cross-process mutex in 16 bytes of shared memory: the owner word ({@code owner number
 * << 32 | thread id}, 0 when free; the owner number is the process's {@link Owners#SELF}, not its
 * pid, which another pid namespace may give another process too), the hold count (reentrant
 * locks) and an abandoned flag. Threads of one JVM and processes of the tree exclude one another
 * through the same CAS.
 *
 * <p>Robustness, as POSIX robust mutexes' {@code EOWNERDEAD}: a waiter that finds the owner's
 * process provably dead ({@link Owners#provablyDead}: a holder in another pid namespace never is;
 * checked when it stops spinning, then every {@value #LIVENESS_CHECK_MS} ms) takes
 * the lock over by CAS on the dead owner's word; that hold is marked abandoned, which
 * {@link #abandoned} reports to the new holder, and a WARNING is logged. The data the lock guarded
 * may be half-updated; the new owner decides. A thread that dies holding the lock in a live process
 * is not detected (as with {@code ReentrantLock}).
 */
public final class LockWord {
  private static final LazyLogger LOG = new LazyLogger("io.github.multiproc.shm");

  /** Bytes a lock word takes; 8-byte aligned offsets only. */
  public static final int SIZE = 16;

  private static final long LIVENESS_CHECK_MS = 10;

  /** This process's half of every owner word it writes: its owner number, in the high 32 bits. */
  static final long OWNER_BITS = (long) Owners.SELF << 32;

  /** Outcome of an acquire: not acquired (timed out or {@code tryLock} failed). */
  public static final int FAILED = 0;

  /** Acquired from free. */
  public static final int ACQUIRED = 1;

  /** Acquired by taking over from a dead owner. */
  public static final int TAKEN_OVER = 2;

  private final Segment segment;
  private final int owner;
  private final int count;
  private final int abandoned;

  public LockWord(Segment segment, int offset) {
    this.segment = segment;
    this.owner = offset;
    this.count = offset + 8;
    this.abandoned = offset + 12;
  }

  /**
   * The calling thread's owner word: this process's owner number and the thread's id, which the
   * JVM never gives another thread (platform or virtual) while it runs. A field read rather than a
   * ThreadLocal lookup: compiled code for the lookup assumes the hit it was profiled with, and a
   * child's first lock operation on another thread than the standby's warm-up would throw that
   * code away.
   */
  @SuppressWarnings("deprecation") // Thread.threadId() is JDK 19+; getId() is the same number
  public static long me() {
    return OWNER_BITS | (Thread.currentThread().getId() & 0xffffffffL);
  }

  /** Whether the calling thread holds the lock. */
  public boolean heldByMe() {
    return segment.getLongVolatile(owner) == me();
  }

  /** Whether some thread holds the lock. */
  public boolean isHeld() {
    return segment.getLongVolatile(owner) != 0;
  }

  /** Holds of the calling thread (0 when it does not hold the lock). */
  public int holdCount() {
    return heldByMe() ? segment.getInt(count) : 0;
  }

  /** Whether the calling thread's current hold was taken over from a dead process. */
  public boolean abandoned() {
    return heldByMe() && segment.getInt(abandoned) != 0;
  }

  /**
   * Acquires for the calling thread, waiting until {@code deadline} ({@code Long.MAX_VALUE}: never
   * give up; a deadline already passed: one try). A reentrant acquire by the holder only counts.
   *
   * @return {@link #FAILED}, {@link #ACQUIRED} or {@link #TAKEN_OVER}
   * @throws InterruptedException when {@code interruptible} and interrupted while waiting
   * @throws IllegalStateException when a non-reentrant lock is locked again by its holder and
   *     {@code deadline} is never (it would deadlock)
   */
  public int acquire(boolean reentrant, long deadline, boolean interruptible)
      throws InterruptedException {
    long me = me();
    // One compare-and-exchange, not a read and then a CAS: every outcome (won, held by this
    // thread, held by another) comes out of one witness, in branches the standby's warm-up takes
    // both ways. A CAS after a read that found the word free fails only when another process wins
    // in between, which no warm-up in one process can stage; C2 compiles a branch it never saw
    // taken as a trap, and a child's first lost race would throw the compiled acquire away.
    long current = segment.compareAndExchangeLong(owner, 0, me);
    if (current == 0) {
      return granted(1, false);
    }
    if (current == me) {
      if (reentrant) {
        segment.setInt(count, segment.getInt(count) + 1);
        return ACQUIRED;
      }
      if (deadline == Long.MAX_VALUE) {
        throw new IllegalStateException(
            "this thread already holds this non-reentrant lock: "
                + "locking it again would wait forever (use ReentrantProcessLock)");
      }
      return FAILED; // only this thread could release it
    }
    boolean interrupted = false;
    Backoff backoff = new Backoff();
    long nextCheck = System.nanoTime(); // nanoTime may be negative: never compare against 0
    try {
      while (true) {
        current = segment.getLongVolatile(owner); // read while held, so waiting writes nothing
        if (current == 0) {
          current = segment.compareAndExchangeLong(owner, 0, me); // lost: the winner's word
        }
        if (current == 0) {
          return granted(1, false);
        }
        boolean expired = Backoff.expired(deadline);
        if (expired || backoff.parking()) {
          long now = System.nanoTime();
          if (expired || now - nextCheck >= 0) {
            nextCheck = now + LIVENESS_CHECK_MS * 1_000_000;
            int holder = (int) (current >>> 32);
            if (holder != Owners.SELF
                && Owners.provablyDead(holder)
                && segment.casLong(owner, current, me)) {
              LOG.get()
                  .log(
                      Level.WARNING,
                      "lock in shared segment "
                          + segment.name()
                          + " was held by "
                          + Owners.describe(holder)
                          + ", which died; taken over by"
                          + " process "
                          + ProcessIdentity.SELF.pid()
                          + " (the data it guarded may be inconsistent)");
              return granted(1, true);
            }
          }
        }
        if (expired) {
          return FAILED;
        }
        if (Thread.interrupted()) {
          if (interruptible) {
            throw new InterruptedException();
          }
          interrupted = true;
        }
        backoff.pause(deadline);
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private int granted(int holds, boolean takenOver) {
    segment.setInt(count, holds);
    segment.setInt(abandoned, takenOver ? 1 : 0);
    return takenOver ? TAKEN_OVER : ACQUIRED;
  }

  /**
   * Marks the lock held by {@code word} without any check, as another thread's acquire would
   * leave it: for {@link LockWarmUp} alone, on scratch memory, so that its next acquire waits.
   */
  void markHeldBy(long word) {
    segment.setLongVolatile(owner, word);
  }

  /** Lets go of a hold made by {@link #markHeldBy}, as that thread's release would. */
  void clearHold() {
    segment.setLongRelease(owner, 0);
  }

  /** Sets the hold count after a re-acquire (a condition restoring a reentrant lock's holds). */
  public void restoreHolds(int holds) {
    segment.setInt(count, holds);
  }

  /**
   * Releases one hold (all of them when {@code fully}); returns the holds released.
   *
   * @throws IllegalMonitorStateException when the calling thread does not hold the lock
   */
  public int release(boolean fully) {
    long me = me();
    long current = segment.getLongVolatile(owner);
    if (current != me) {
      throw new IllegalMonitorStateException(
          current == 0
              ? "the lock is not held"
              : "the lock is held by "
                  + describe(current)
                  + ", not by this thread of process "
                  + ProcessIdentity.SELF.pid());
    }
    int holds = segment.getInt(count);
    if (!fully && holds > 1) {
      segment.setInt(count, holds - 1);
      return 1;
    }
    segment.setInt(count, 0);
    segment.setInt(abandoned, 0);
    segment.setLongRelease(owner, 0);
    return holds;
  }

  private static String describe(long word) {
    int holder = (int) (word >>> 32);
    return holder == Owners.SELF ? "another thread of this process" : Owners.describe(holder);
  }

  /** "unlocked" or "locked by process N", for {@code toString}. */
  public String state() {
    long current = segment.getLongVolatile(owner);
    return current == 0 ? "unlocked" : "locked by " + Owners.describe((int) (current >>> 32));
  }
}
