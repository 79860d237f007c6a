package io.github.multiproc;

import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;

/**
 * Python's {@code multiprocessing.Array('q', length)}: a fixed-length {@code long} array in shared
 * memory, seen by every process it is passed to. Element reads and writes are volatile;
 * {@link #getAndAdd} and {@link #compareAndSet} are atomic across processes. Slices are read and
 * written under {@link #lock()} (Python's {@code get_lock()}), which also guards updates of several
 * elements. One made by {@link #createRaw} (Python's {@code RawArray}) has no lock, and plain reads
 * and writes.
 */
public final class SharedLongArray extends SharedArray {
  private static final int KIND = Layout.KIND_LONG_ARRAY;

  private SharedLongArray(Segment segment, boolean owner) {
    super(segment, owner, Long.BYTES);
  }

  /** A zero-filled shared array; Python's {@code Array('q', length)}. */
  public static SharedLongArray create(int length) {
    return new SharedLongArray(newSegment(KIND, length, Long.BYTES, false), true);
  }

  /**
   * A zero-filled shared array with no lock, read and written plainly; Python's
   * {@code RawArray('q', length)} and {@code Array('q', length, lock=False)}.
   */
  public static SharedLongArray createRaw(int length) {
    return new SharedLongArray(newSegment(KIND, length, Long.BYTES, true), true);
  }

  /** A shared array holding a copy of {@code values}; Python's {@code Array('q', values)}. */
  public static SharedLongArray of(long... values) {
    SharedLongArray array = create(values.length);
    array.set(0, values);
    return array;
  }

  /** The array whose segment is {@code name}. */
  public static SharedLongArray attach(String name) {
    return new SharedLongArray(attachSegment(name, "shared long array", KIND), false);
  }

  /** Python's {@code array[index]}. */
  public long get(int index) {
    return load(index);
  }

  /** Python's {@code array[index] = value}. */
  public void set(int index, long value) {
    store(index, value);
  }

  /**
   * A copy of elements {@code from} (inclusive) to {@code to} (exclusive); Python's
   * {@code array[from:to]}.
   */
  public long[] get(int from, int to) {
    return loadRange(from, to, long[]::new, (copy, i, bits) -> copy[i] = bits);
  }

  /**
   * Writes {@code values} from element {@code from} on; Python's
   * {@code array[from:from + len(values)] = values}.
   */
  public void set(int from, long... values) {
    storeRange(from, values.length, i -> values[i]);
  }

  /** Adds to one element atomically; returns its value before. */
  public long getAndAdd(int index, long delta) {
    return segment.getAndAddLong(offsetOf(index), delta);
  }

  /** Adds to one element atomically; returns its value after. */
  public long addAndGet(int index, long delta) {
    return segment.getAndAddLong(offsetOf(index), delta) + delta;
  }

  /** Sets one element to {@code value} if it is {@code expected}, atomically. */
  public boolean compareAndSet(int index, long expected, long value) {
    return segment.casLong(offsetOf(index), expected, value);
  }

  /** A copy of the elements; Python's {@code array[:]}. */
  public long[] toArray() {
    return get(0, length);
  }
}
