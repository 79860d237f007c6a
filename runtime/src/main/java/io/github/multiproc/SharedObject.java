package io.github.multiproc;

import io.github.multiproc.internal.shm.Segment;

/**
 * What shared values and arrays share: a reentrant lock in their segment's header (Python's
 * {@code get_lock()}).
 */
abstract class SharedObject extends SegmentBacked {
  private final ReentrantProcessLock lock;

  SharedObject(Segment segment, boolean owner) {
    super(segment, owner);
    this.lock = new ReentrantProcessLock(segment, false);
  }

  /**
   * The lock that guards compound updates (Python's {@code get_lock()}); single operations of this
   * class are atomic without it. Shared by every process, and every handle of this object.
   */
  public ReentrantProcessLock lock() {
    return lock;
  }
}
