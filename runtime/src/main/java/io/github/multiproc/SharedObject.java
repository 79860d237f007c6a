package io.github.multiproc;

import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;

/**
 * What shared values and arrays share: {@code length} cells of one width in the segment's data (a
 * value is one cell), and a reentrant lock in the segment's header (Python's {@code get_lock()}). A
 * raw object (Python's {@code RawValue}, {@code RawArray}, {@code Value(lock=False)}) has no lock,
 * and its reads and writes are plain: not ordered with other processes by themselves, as in Python;
 * a lock, an event, a queue or {@code join()} orders them. Other reads and writes are volatile.
 */
abstract class SharedObject extends SegmentBacked {
  private final int width;
  final int length;
  private final ReentrantProcessLock lock;

  SharedObject(Segment segment, boolean owner, int width) {
    super(segment, owner);
    this.width = width;
    long cells = segment.getLong(Layout.AUX);
    if (cells < 0 || Layout.DATA + cells * width > segment.size()) {
      throw new IllegalStateException(
          "shared segment '"
              + segment.name()
              + "' claims "
              + cells
              + " elements of "
              + width
              + " bytes but holds "
              + segment.size()
              + " bytes: corrupt");
    }
    this.length = (int) cells;
    boolean raw = (segment.getInt(Layout.KIND) & Layout.RAW) != 0;
    this.lock = raw ? null : new ReentrantProcessLock(segment, false);
  }

  /** A new segment for {@code length} cells of {@code width} bytes, stamped {@code kind}. */
  static Segment newSegment(int kind, int length, int width, boolean raw) {
    if (length < 0) {
      throw new IllegalArgumentException("negative length " + length);
    }
    return Layout.create(raw ? kind | Layout.RAW : kind, length, Math.multiplyExact(length, width));
  }

  /** Attaches the segment {@code name} of a {@code kind} object, with a lock or raw. */
  static Segment attachSegment(String name, String what, int kind) {
    return Layout.attach(name, what, kind, kind | Layout.RAW);
  }

  /**
   * The lock that guards compound updates (Python's {@code get_lock()}); single operations of this
   * class are atomic without it. Shared by every process, and every handle of this object.
   *
   * @throws IllegalStateException when this is raw: it has no lock
   */
  public ReentrantProcessLock lock() {
    if (lock == null) {
      throw new IllegalStateException(
          this
              + " is raw (Python's RawValue, RawArray or lock=False)"
              + " and has no lock: make it with create(...) to have one, or pass a ProcessLock along");
    }
    return lock;
  }

  /** Whether this has no lock and plain reads and writes (made by {@code createRaw}). */
  public boolean isRaw() {
    return lock == null;
  }

  /** The offset of cell {@code index} in the segment, for atomic updates. */
  final int offsetOf(int index) {
    return offset(Objects.checkIndex(index, length));
  }

  /** Cell {@code index}'s bits, sign-extended: a volatile read, or a plain one when raw. */
  final long load(int index) {
    long bits = plainLoad(offsetOf(index));
    if (lock != null) {
      VarHandle.acquireFence();
    }
    return bits;
  }

  /** Writes cell {@code index}: a volatile write, or a plain one when raw. */
  final void store(int index, long bits) {
    int offset = offsetOf(index);
    if (lock != null) {
      VarHandle.releaseFence();
    }
    plainStore(offset, bits);
    if (lock != null) {
      VarHandle.fullFence();
    }
  }

  /** Stores one cell of a new array: {@code array[index] = bits} narrowed to its type. */
  interface CellSink<A> {
    void put(A array, int index, long bits);
  }

  /**
   * Cells {@code [from, to)} into a new array, under the lock unless raw (as Python's synchronized
   * {@code array[i:j]}).
   */
  final <A> A loadRange(int from, int to, IntFunction<A> newArray, CellSink<A> sink) {
    Objects.checkFromToIndex(from, to, length);
    A values = newArray.apply(to - from);
    lockIfAny();
    try {
      for (int i = from; i < to; i++) {
        sink.put(values, i - from, plainLoad(offset(i)));
      }
    } finally {
      unlockIfAny();
    }
    return values;
  }

  /**
   * Writes {@code count} cells from {@code from}, cell {@code from + i} getting {@code bits(i)},
   * under the lock unless raw (as Python's synchronized {@code array[i:j] = values}).
   */
  final void storeRange(int from, int count, IntToLongFunction bits) {
    Objects.checkFromIndexSize(from, count, length);
    lockIfAny();
    try {
      for (int i = 0; i < count; i++) {
        plainStore(offset(from + i), bits.applyAsLong(i));
      }
    } finally {
      unlockIfAny();
    }
  }

  // The lock's acquire and release order the plain accesses between them with other processes.
  private void lockIfAny() {
    if (lock != null) {
      lock.lock();
    }
  }

  private void unlockIfAny() {
    if (lock != null) {
      lock.unlock();
    }
  }

  private int offset(int index) {
    return Layout.DATA + width * index;
  }

  private long plainLoad(int offset) {
    switch (width) {
      case Byte.BYTES:
        return segment.getByte(offset);
      case Short.BYTES:
        return segment.getShort(offset);
      case Integer.BYTES:
        return segment.getInt(offset);
      default:
        return segment.getLong(offset);
    }
  }

  private void plainStore(int offset, long bits) {
    switch (width) {
      case Byte.BYTES:
        segment.setByte(offset, (byte) bits);
        break;
      case Short.BYTES:
        segment.setShort(offset, (short) bits);
        break;
      case Integer.BYTES:
        segment.setInt(offset, (int) bits);
        break;
      default:
        segment.setLong(offset, bits);
    }
  }
}
