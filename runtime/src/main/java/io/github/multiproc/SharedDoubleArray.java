package io.github.multiproc;

import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;
import java.util.Objects;

/**
 * Python's {@code multiprocessing.Array('d', length)}: a fixed-length {@code double} array in
 * shared memory, seen by every process it is passed to. Element reads and writes are volatile;
 * {@link #getAndAdd} and {@link #compareAndSet} are atomic across processes (CAS on the bits). For
 * updates of several elements hold {@link #lock()} (Python's {@code get_lock()}).
 */
public final class SharedDoubleArray extends SharedObject {
  private final int length;

  private SharedDoubleArray(Segment segment, boolean owner) {
    super(segment, owner);
    this.length = (int) segment.getLong(Layout.AUX);
  }

  /** A zero-filled shared array; Python's {@code Array('d', length)}. */
  public static SharedDoubleArray create(int length) {
    if (length < 0) {
      throw new IllegalArgumentException("negative length " + length);
    }
    return new SharedDoubleArray(
        Layout.create(Layout.KIND_DOUBLE_ARRAY, length, Math.multiplyExact(length, 8)), true);
  }

  /** A shared array holding a copy of {@code values}; Python's {@code Array('d', values)}. */
  public static SharedDoubleArray of(double... values) {
    SharedDoubleArray array = create(values.length);
    for (int i = 0; i < values.length; i++) {
      array.set(i, values[i]);
    }
    return array;
  }

  /** The array whose segment is {@code name}. */
  public static SharedDoubleArray attach(String name) {
    return new SharedDoubleArray(
        Layout.attach(name, "shared double array", Layout.KIND_DOUBLE_ARRAY), false);
  }

  /** Python's {@code len(array)}. */
  public int length() {
    return length;
  }

  private int offset(int index) {
    return Layout.DATA + 8 * Objects.checkIndex(index, length);
  }

  /** Python's {@code array[index]}. */
  public double get(int index) {
    return Double.longBitsToDouble(segment.getLongVolatile(offset(index)));
  }

  /** Python's {@code array[index] = value}. */
  public void set(int index, double value) {
    segment.setLongVolatile(offset(index), Double.doubleToRawLongBits(value));
  }

  /** Adds to one element atomically; returns its value before. */
  public double getAndAdd(int index, double delta) {
    int offset = offset(index);
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
    return segment.casLong(offset(index), Double.doubleToRawLongBits(expected),
        Double.doubleToRawLongBits(value));
  }

  /** A copy of the elements (Python's {@code array[:]}); not atomic as a whole. */
  public double[] toArray() {
    double[] copy = new double[length];
    for (int i = 0; i < length; i++) {
      copy[i] = get(i);
    }
    return copy;
  }

  @Override
  public String toString() {
    return "<SharedDoubleArray " + segment.name() + " length=" + length + ">";
  }
}
