package io.github.multiproc;

import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;

/**
 * Python's {@code multiprocessing.RLock}: a reentrant lock shared by every process it is passed to,
 * and by the threads of each process. The holding thread may lock it again; it is free once
 * {@link #unlock()} was called as many times. Also the lock of every shared value and array
 * ({@code SharedInt.lock()}, Python's {@code get_lock()}).
 *
 * <p>Only the holding thread may unlock ({@link IllegalMonitorStateException} otherwise, as Python's
 * {@code RLock} raises). When the holder's process dies, the next waiter takes the lock over with a
 * hold count of one and {@link #wasAbandoned()} true: the rule of {@link ProcessLock}.
 */
public final class ReentrantProcessLock extends AbstractProcessLock {
  ReentrantProcessLock(Segment segment, boolean owner) {
    super(segment, Layout.LOCK, true, owner);
  }

  /** A new, unlocked lock; Python's {@code multiprocessing.RLock()}. */
  public static ReentrantProcessLock create() {
    return new ReentrantProcessLock(Layout.create(Layout.KIND_RLOCK, 0, 0), true);
  }

  /**
   * The lock whose segment is {@code name}: a reentrant lock's, or a shared value's or array's (its
   * {@code lock()}).
   */
  public static ReentrantProcessLock attach(String name) {
    return new ReentrantProcessLock(
        Layout.attach(
            name,
            "reentrant lock",
            Layout.KIND_RLOCK,
            Layout.KIND_INT,
            Layout.KIND_LONG,
            Layout.KIND_DOUBLE,
            Layout.KIND_INT_ARRAY,
            Layout.KIND_LONG_ARRAY,
            Layout.KIND_DOUBLE_ARRAY,
            Layout.KIND_BYTE_ARRAY,
            Layout.KIND_SHORT,
            Layout.KIND_FLOAT,
            Layout.KIND_CHAR,
            Layout.KIND_BYTE,
            Layout.KIND_SHORT_ARRAY,
            Layout.KIND_FLOAT_ARRAY,
            Layout.KIND_CHAR_ARRAY),
        false);
  }

  /** How many times the calling thread holds the lock (0 if it does not). */
  public int getHoldCount() {
    return word.holdCount();
  }
}
