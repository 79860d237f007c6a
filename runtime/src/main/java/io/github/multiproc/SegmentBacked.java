package io.github.multiproc;

import io.github.multiproc.internal.shm.Segment;

/**
 * What every shared object kept in one segment of its own shares (locks, conditions, semaphores,
 * events, barriers, shared values and arrays): the segment, its name, and whether this object
 * created it and so removes it. Package-private so the public types stay the Python names; their
 * {@link #name()} and {@link #close()} are public all the same.
 */
abstract class SegmentBacked implements AutoCloseable {
  final Segment segment;
  private final boolean owner;

  SegmentBacked(Segment segment, boolean owner) {
    this.segment = segment;
    this.owner = owner;
  }

  /** The shared segment's name: what a handle carries to another process. */
  public String name() {
    return segment.name();
  }

  /**
   * Removes the segment's name if this object created it (Python's resource tracker does this at
   * exit; here the creator's JVM does): processes and handles that already use the object keep
   * using it, new attaches fail. Other handles' {@code close()} does nothing.
   */
  @Override
  public void close() {
    if (owner) {
      segment.unlink();
    }
  }
}
