package io.github.multiproc;

import io.github.multiproc.internal.shm.SegmentGroup;
import java.util.List;

/**
 * Python's {@code multiprocessing.managers.SharedMemoryManager}: makes {@link SharedMemory} blocks
 * and {@link ShareableList}s that all go when the manager {@link #close}s (Python's
 * {@code shutdown()}), whichever process made them.
 *
 * <p>No server process: Python needs one because its segments belong to the resource tracker of
 * the process that made them. Here the manager's blocks are named after the manager and owned by
 * none of their makers, so a block made by a worker the manager was passed to outlives that
 * worker, and goes at the manager's close, at the exit of the process that created the manager,
 * or (when that process is killed) in the next sweep. Only the creating process's close releases
 * them; other handles' close does nothing.
 */
public final class SharedMemoryManager implements AutoCloseable {
  private final SegmentGroup group;

  private SharedMemoryManager(SegmentGroup group) {
    this.group = group;
  }

  /** A new manager, owned by this process; Python's {@code SharedMemoryManager(); smm.start()}. */
  public static SharedMemoryManager create() {
    return new SharedMemoryManager(SegmentGroup.create());
  }

  /**
   * The manager named {@code name}, made by another process; what a worker argument decodes to.
   *
   * @throws IllegalStateException when it has shut down (its name is gone), or {@code name} is
   *     not a manager's
   */
  public static SharedMemoryManager attach(String name) {
    return new SharedMemoryManager(SegmentGroup.attach(name));
  }

  /** The manager's name: what a handle carries to another process. */
  public String name() {
    return group.name();
  }

  /**
   * A new zero-filled block of {@code size} bytes, released when the manager closes; Python's
   * {@code smm.SharedMemory(size)}. Its own {@code close()} does not unlink it.
   *
   * @throws IllegalStateException when the manager has shut down
   */
  public SharedMemory sharedMemory(int size) {
    return SharedMemory.of(group.newMember(size));
  }

  /**
   * A new list holding {@code sequence}'s items, released when the manager closes; Python's
   * {@code smm.ShareableList(sequence)}.
   *
   * @throws IllegalStateException when the manager has shut down
   */
  public ShareableList shareableList(List<?> sequence) {
    return ShareableList.create(sequence, this::sharedMemory);
  }

  /**
   * In the creating process: unlinks every block made through this manager, in any process
   * (Python's {@code shutdown()}); processes that mapped them keep their memory. Elsewhere:
   * nothing. Idempotent.
   */
  @Override
  public void close() {
    if (group.owner()) {
      group.remove();
    }
  }

  @Override
  public String toString() {
    return "SharedMemoryManager('" + group.name() + "')";
  }
}
