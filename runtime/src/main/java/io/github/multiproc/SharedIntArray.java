package io.github.multiproc;

import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;

/**
 * Python's {@code multiprocessing.Array('i', length)}: a fixed-length {@code int} array in shared
 * memory, seen by every process it is passed to. Element reads and writes are volatile;
 * {@link #getAndAdd} and {@link #compareAndSet} are atomic across processes. Slices are read and
 * written under {@link #lock()} (Python's {@code get_lock()}), which also guards updates of several
 * elements. One made by {@link #createRaw} (Python's {@code RawArray}) has no lock, and plain reads
 * and writes.
 */
public final class SharedIntArray extends SharedArray {
  private static final int KIND = Layout.KIND_INT_ARRAY;

  private SharedIntArray(Segment segment, boolean owner) {
    super(segment, owner, Integer.BYTES);
  }

  /** A zero-filled shared array; Python's {@code Array('i', length)}. */
  public static SharedIntArray create(int length) {
    return new SharedIntArray(newSegment(KIND, length, Integer.BYTES, false), true);
  }

  /**
   * A zero-filled shared array with no lock, read and written plainly; Python's
   * {@code RawArray('i', length)} and {@code Array('i', length, lock=False)}.
   */
  public static SharedIntArray createRaw(int length) {
    return new SharedIntArray(newSegment(KIND, length, Integer.BYTES, true), true);
  }

  /** A shared array holding a copy of {@code values}; Python's {@code Array('i', values)}. */
  public static SharedIntArray of(int... values) {
    SharedIntArray array = create(values.length);
    array.set(0, values);
    return array;
  }

  /** The array whose segment is {@code name}. */
  public static SharedIntArray attach(String name) {
    return new SharedIntArray(attachSegment(name, "shared int array", KIND), false);
  }

  /** Python's {@code array[index]}. */
  public int get(int index) {
    return (int) load(index);
  }

  /** Python's {@code array[index] = value}. */
  public void set(int index, int value) {
    store(index, value);
  }

  /**
   * A copy of elements {@code from} (inclusive) to {@code to} (exclusive); Python's
   * {@code array[from:to]}.
   */
  public int[] get(int from, int to) {
    return loadRange(from, to, int[]::new, (copy, i, bits) -> copy[i] = (int) bits);
  }

  /**
   * Writes {@code values} from element {@code from} on; Python's
   * {@code array[from:from + len(values)] = values}.
   */
  public void set(int from, int... values) {
    storeRange(from, values.length, i -> values[i]);
  }

  /** Adds to one element atomically; returns its value before. */
  public int getAndAdd(int index, int delta) {
    return segment.getAndAddInt(offsetOf(index), delta);
  }

  /** Adds to one element atomically; returns its value after. */
  public int addAndGet(int index, int delta) {
    return segment.getAndAddInt(offsetOf(index), delta) + delta;
  }

  /** Sets one element to {@code value} if it is {@code expected}, atomically. */
  public boolean compareAndSet(int index, int expected, int value) {
    return segment.casInt(offsetOf(index), expected, value);
  }

  /** A copy of the elements; Python's {@code array[:]}. */
  public int[] toArray() {
    return get(0, length);
  }
}
