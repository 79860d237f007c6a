package io.github.multiproc;

import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;

/**
 * Python's {@code multiprocessing.Lock}: a non-reentrant lock shared by every process it is passed
 * to, and by the threads of each process. A {@link java.util.concurrent.locks.Lock}.
 *
 * <p>Unlike Python's {@code Lock}, only the holding thread may unlock: {@link #unlock()} by another
 * thread or another process throws {@link IllegalMonitorStateException}. {@link #lock()} by the
 * thread that already holds it throws {@link IllegalStateException} instead of waiting forever;
 * {@link #tryLock()} and the timed form return false.
 *
 * <p><b>When the holder dies.</b> The lock records its holder's pid. A process whose holder died
 * (SIGKILL, crash, halt) without unlocking does not stay locked: the next thread that waits for it
 * notices within about 10 ms that the pid is dead, takes the lock over, and is told so, as a POSIX
 * robust mutex returns {@code EOWNERDEAD}: the acquire succeeds, {@link #wasAbandoned()} returns
 * true for that hold, and a WARNING is logged on the {@code io.github.multiproc.shm}
 * {@link System.Logger}. Acquiring never throws for this reason; the new holder decides whether the
 * data the lock guarded is usable.
 *
 * <p>Memory: one segment in {@code /dev/shm}, removed by the creator's {@link #close()} or at its
 * exit. Waiters spin for a few microseconds, then sleep in steps of up to 1 ms, so a handover
 * under contention may take up to a millisecond.
 */
public final class ProcessLock extends AbstractProcessLock {
  private ProcessLock(Segment segment, boolean owner) {
    super(segment, Layout.LOCK, false, owner);
  }

  /** A new, unlocked lock; Python's {@code multiprocessing.Lock()}. */
  public static ProcessLock create() {
    return new ProcessLock(Layout.create(Layout.KIND_LOCK, 0, 0), true);
  }

  /** The lock whose segment is {@code name} (what the handle codec does in a child). */
  public static ProcessLock attach(String name) {
    return new ProcessLock(Layout.attach(name, "lock", Layout.KIND_LOCK), false);
  }
}
