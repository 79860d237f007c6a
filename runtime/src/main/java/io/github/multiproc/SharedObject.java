package io.github.multiproc;

import io.github.multiproc.internal.shm.Segment;

/**
 * What shared values and arrays share: a segment with a reentrant lock in its header (Python's
 * {@code get_lock()}), its name, and who removes it.
 */
abstract class SharedObject implements AutoCloseable {
  final Segment segment;
  private final boolean owner;
  private final ReentrantProcessLock lock;

  SharedObject(Segment segment, boolean owner) {
    this.segment = segment;
    this.owner = owner;
    this.lock = new ReentrantProcessLock(segment, false);
  }

  /**
   * The lock that guards compound updates (Python's {@code get_lock()}); single operations of this
   * class are atomic without it. Shared by every process, and every handle of this object.
   */
  public ReentrantProcessLock lock() {
    return lock;
  }

  /** The shared segment's name: what a handle carries to another process. */
  public String name() {
    return segment.name();
  }

  /**
   * Removes the segment's name if this object created it (Python's resource tracker does this at
   * exit); processes that already map it keep working.
   */
  @Override
  public void close() {
    if (owner) {
      segment.unlink();
    }
  }
}
