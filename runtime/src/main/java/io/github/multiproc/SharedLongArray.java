package io.github.multiproc;

import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;
import java.util.Objects;

/**
 * Python's {@code multiprocessing.Array('q', length)}: a fixed-length {@code long} array in shared
 * memory, seen by every process it is passed to. Element reads and writes are volatile;
 * {@link #getAndAdd} and {@link #compareAndSet} are atomic across processes. For updates of several
 * elements hold {@link #lock()} (Python's {@code get_lock()}).
 */
public final class SharedLongArray extends SharedObject {
  private final int length;

  private SharedLongArray(Segment segment, boolean owner) {
    super(segment, owner);
    this.length = (int) segment.getLong(Layout.AUX);
  }

  /** A zero-filled shared array; Python's {@code Array('q', length)}. */
  public static SharedLongArray create(int length) {
    if (length < 0) {
      throw new IllegalArgumentException("negative length " + length);
    }
    return new SharedLongArray(Layout.create(Layout.KIND_LONG_ARRAY, length, Math.multiplyExact(length, 8)), true);
  }

  /** A shared array holding a copy of {@code values}; Python's {@code Array('q', values)}. */
  public static SharedLongArray of(long... values) {
    SharedLongArray array = create(values.length);
    for (int i = 0; i < values.length; i++) {
      array.set(i, values[i]);
    }
    return array;
  }

  /** The array whose segment is {@code name}. */
  public static SharedLongArray attach(String name) {
    return new SharedLongArray(Layout.attach(name, "shared long array", Layout.KIND_LONG_ARRAY), false);
  }

  /** Python's {@code len(array)}. */
  public int length() {
    return length;
  }

  private int offset(int index) {
    return Layout.DATA + 8 * Objects.checkIndex(index, length);
  }

  /** Python's {@code array[index]}. */
  public long get(int index) {
    return segment.getLongVolatile(offset(index));
  }

  /** Python's {@code array[index] = value}. */
  public void set(int index, long value) {
    segment.setLongVolatile(offset(index), value);
  }

  /** Adds to one element atomically; returns its value before. */
  public long getAndAdd(int index, long delta) {
    return segment.getAndAddLong(offset(index), delta);
  }

  /** Adds to one element atomically; returns its value after. */
  public long addAndGet(int index, long delta) {
    return segment.getAndAddLong(offset(index), delta) + delta;
  }

  /** Sets one element to {@code value} if it is {@code expected}, atomically. */
  public boolean compareAndSet(int index, long expected, long value) {
    return segment.casLong(offset(index), expected, value);
  }

  /** A copy of the elements (Python's {@code array[:]}); not atomic as a whole. */
  public long[] toArray() {
    long[] copy = new long[length];
    for (int i = 0; i < length; i++) {
      copy[i] = get(i);
    }
    return copy;
  }

  @Override
  public String toString() {
    return "<SharedLongArray " + segment.name() + " length=" + length + ">";
  }
}
