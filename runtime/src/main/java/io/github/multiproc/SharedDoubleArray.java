package io.github.multiproc;

import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;

/**
 * Python's {@code multiprocessing.Array('d', length)}: a fixed-length {@code double} array in
 * shared memory, seen by every process it is passed to. Element reads and writes are volatile;
 * {@link #getAndAdd} and {@link #compareAndSet} are atomic across processes (CAS on the bits).
 * Slices are read and written under {@link #lock()} (Python's {@code get_lock()}), which also
 * guards updates of several elements. One made by {@link #createRaw} (Python's {@code RawArray})
 * has no lock, and plain reads and writes.
 */
public final class SharedDoubleArray extends SharedArray {
  private static final int KIND = Layout.KIND_DOUBLE_ARRAY;

  private SharedDoubleArray(Segment segment, boolean owner) {
    super(segment, owner, Double.BYTES);
  }

  /** A zero-filled shared array; Python's {@code Array('d', length)}. */
  public static SharedDoubleArray create(int length) {
    return new SharedDoubleArray(newSegment(KIND, length, Double.BYTES, false), true);
  }

  /**
   * A zero-filled shared array with no lock, read and written plainly; Python's
   * {@code RawArray('d', length)} and {@code Array('d', length, lock=False)}.
   */
  public static SharedDoubleArray createRaw(int length) {
    return new SharedDoubleArray(newSegment(KIND, length, Double.BYTES, true), true);
  }

  /** A shared array holding a copy of {@code values}; Python's {@code Array('d', values)}. */
  public static SharedDoubleArray of(double... values) {
    SharedDoubleArray array = create(values.length);
    array.set(0, values);
    return array;
  }

  /** The array whose segment is {@code name}. */
  public static SharedDoubleArray attach(String name) {
    return new SharedDoubleArray(attachSegment(name, "shared double array", KIND), false);
  }

  /** Python's {@code array[index]}. */
  public double get(int index) {
    return Double.longBitsToDouble(load(index));
  }

  /** Python's {@code array[index] = value}. */
  public void set(int index, double value) {
    store(index, Double.doubleToRawLongBits(value));
  }

  /**
   * A copy of elements {@code from} (inclusive) to {@code to} (exclusive); Python's
   * {@code array[from:to]}.
   */
  public double[] get(int from, int to) {
    return loadRange(
        from, to, double[]::new, (copy, i, bits) -> copy[i] = Double.longBitsToDouble(bits));
  }

  /**
   * Writes {@code values} from element {@code from} on; Python's
   * {@code array[from:from + len(values)] = values}.
   */
  public void set(int from, double... values) {
    storeRange(from, values.length, i -> Double.doubleToRawLongBits(values[i]));
  }

  /** Adds to one element atomically; returns its value before. */
  public double getAndAdd(int index, double delta) {
    int offset = offsetOf(index);
    while (true) {
      long bits = segment.getLongVolatile(offset);
      double current = Double.longBitsToDouble(bits);
      if (segment.casLong(offset, bits, Double.doubleToRawLongBits(current + delta))) {
        return current;
      }
    }
  }

  /** Sets one element to {@code value} if its bits equal {@code expected}'s, atomically. */
  public boolean compareAndSet(int index, double expected, double value) {
    return segment.casLong(
        offsetOf(index), Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(value));
  }

  /** A copy of the elements; Python's {@code array[:]}. */
  public double[] toArray() {
    return get(0, length);
  }
}
