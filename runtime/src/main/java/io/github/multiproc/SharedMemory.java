package io.github.multiproc;

import io.github.multiproc.internal.shm.Segment;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Python's {@code multiprocessing.shared_memory.SharedMemory}: a named block of memory that any
 * process can {@link #attach} by {@link #name()} and use as a {@link ByteBuffer}. A file in
 * {@code /dev/shm} ({@code java.io.tmpdir} where there is none), mapped by each process.
 *
 * <p>The creator owns the block: its {@link #close()} also unlinks the name (unlike Python, where
 * the owner must call {@code unlink()} too), and the name goes when the creator's JVM exits.
 * Generated names ({@code multiproc-<pid>-...}) of a creator killed with SIGKILL are removed by the
 * next process that creates a segment. Names given to {@link #create(String, int)} are the user's:
 * they go at the owner's close or exit, not in that sweep.
 *
 * <p>{@link #close()} makes this object unusable; the JDK frees the mapping itself once the buffers
 * handed out are unreachable (Java 17 has no safe explicit unmap: buffers still in use would crash
 * the JVM).
 */
public final class SharedMemory implements AutoCloseable {
  private final Segment segment;
  private volatile boolean closed;

  /** The owner's close removed the name: the one {@link #unlink()} that follows finds it done. */
  private final AtomicBoolean unlinkedByClose = new AtomicBoolean();

  private SharedMemory(Segment segment) {
    this.segment = segment;
  }

  /** The block in {@code segment}: one made by a {@link SharedMemoryManager}. */
  static SharedMemory of(Segment segment) {
    return new SharedMemory(segment);
  }

  /**
   * A new zero-filled block of {@code size} bytes with a generated name.
   *
   * @throws IllegalStateException when {@code /dev/shm} has less free space than {@code size}
   *     (the message names its size and free space)
   */
  public static SharedMemory create(int size) {
    return new SharedMemory(Segment.create(null, size));
  }

  /**
   * A new zero-filled block named {@code name} (letters, digits, '.', '_', '-'; Python's
   * {@code SharedMemory(name, create=True, size=size)}).
   *
   * @throws IllegalStateException when a block of that name exists (Python's
   *     {@code FileExistsError}), or {@code /dev/shm} has less free space than {@code size}
   */
  public static SharedMemory create(String name, int size) {
    return new SharedMemory(Segment.create(name, size));
  }

  /**
   * The existing block {@code name}; Python's {@code SharedMemory(name)}.
   *
   * @throws IllegalStateException when there is none (Python's {@code FileNotFoundError})
   */
  public static SharedMemory attach(String name) {
    return new SharedMemory(Segment.attach(name));
  }

  /** Python's {@code name}. */
  public String name() {
    return segment.name();
  }

  /** Bytes in the block; Python's {@code size}. */
  public int size() {
    return segment.size();
  }

  /**
   * A fresh view of the whole block (position 0, limit {@link #size()}, big-endian); Python's
   * {@code buf}. Views share the memory, not their positions.
   */
  public ByteBuffer buffer() {
    if (closed) {
      throw new IllegalStateException("shared memory '" + segment.name() + "' is closed");
    }
    return segment.view();
  }

  /** Whether this process created the block. */
  public boolean isOwner() {
    return segment.owner();
  }

  /** Stops using the block here; the owner's close also unlinks the name. Idempotent. */
  @Override
  public void close() {
    closed = true;
    if (segment.owner() && segment.unlink()) {
      unlinkedByClose.set(true);
    }
  }

  /**
   * Removes the name now (any process may); mapped views keep working. Python's {@code unlink()}.
   * After the owner's {@link #close()}, which removed the name already, one {@code unlink()} still
   * succeeds, so Python's {@code shm.close(); shm.unlink()} works unchanged.
   *
   * @throws IllegalStateException when the name is gone already, unlinked by this or another
   *     process (Python's {@code FileNotFoundError}, as for {@link #attach})
   */
  public void unlink() {
    if (!segment.unlink() && !unlinkedByClose.getAndSet(false)) {
      throw new IllegalStateException(
          "shared memory '"
              + segment.name()
              + "' is unlinked already (by this or another process): nothing to unlink");
    }
  }

  @Override
  public String toString() {
    return "SharedMemory('" + segment.name() + "', size=" + segment.size() + ")";
  }
}
