package io.github.multiproc;

import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;
import java.util.Objects;

/**
 * Python's {@code multiprocessing.Array('i', length)}: a fixed-length {@code int} array in shared
 * memory, seen by every process it is passed to. Element reads and writes are volatile;
 * {@link #getAndAdd} and {@link #compareAndSet} are atomic across processes. For updates of several
 * elements hold {@link #lock()} (Python's {@code get_lock()}).
 */
public final class SharedIntArray extends SharedObject {
  private final int length;

  private SharedIntArray(Segment segment, boolean owner) {
    super(segment, owner);
    this.length = (int) segment.getLong(Layout.AUX);
  }

  /** A zero-filled shared array; Python's {@code Array('i', length)}. */
  public static SharedIntArray create(int length) {
    if (length < 0) {
      throw new IllegalArgumentException("negative length " + length);
    }
    return new SharedIntArray(Layout.create(Layout.KIND_INT_ARRAY, length, Math.multiplyExact(length, 4)), true);
  }

  /** A shared array holding a copy of {@code values}; Python's {@code Array('i', values)}. */
  public static SharedIntArray of(int... values) {
    SharedIntArray array = create(values.length);
    for (int i = 0; i < values.length; i++) {
      array.set(i, values[i]);
    }
    return array;
  }

  /** The array whose segment is {@code name}. */
  public static SharedIntArray attach(String name) {
    return new SharedIntArray(Layout.attach(name, "shared int array", Layout.KIND_INT_ARRAY), false);
  }

  /** Python's {@code len(array)}. */
  public int length() {
    return length;
  }

  private int offset(int index) {
    return Layout.DATA + 4 * Objects.checkIndex(index, length);
  }

  /** Python's {@code array[index]}. */
  public int get(int index) {
    return segment.getIntVolatile(offset(index));
  }

  /** Python's {@code array[index] = value}. */
  public void set(int index, int value) {
    segment.setIntVolatile(offset(index), value);
  }

  /** Adds to one element atomically; returns its value before. */
  public int getAndAdd(int index, int delta) {
    return segment.getAndAddInt(offset(index), delta);
  }

  /** Adds to one element atomically; returns its value after. */
  public int addAndGet(int index, int delta) {
    return segment.getAndAddInt(offset(index), delta) + delta;
  }

  /** Sets one element to {@code value} if it is {@code expected}, atomically. */
  public boolean compareAndSet(int index, int expected, int value) {
    return segment.casInt(offset(index), expected, value);
  }

  /** A copy of the elements (Python's {@code array[:]}); not atomic as a whole. */
  public int[] toArray() {
    int[] copy = new int[length];
    for (int i = 0; i < length; i++) {
      copy[i] = get(i);
    }
    return copy;
  }

  @Override
  public String toString() {
    return "<SharedIntArray " + segment.name() + " length=" + length + ">";
  }
}
