package io.github.multiproc;

import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;
import java.util.Objects;

/**
 * Python's {@code multiprocessing.Array('b', length)}: a fixed-length {@code byte} array in shared
 * memory, seen by every process it is passed to. Byte reads and writes are plain memory accesses
 * (not atomic read-modify-writes, and not ordered with other processes by themselves): publish and
 * read several bytes while holding {@link #lock()} (Python's {@code get_lock()}), which orders them.
 */
public final class SharedByteArray extends SharedObject {
  private final int length;

  private SharedByteArray(Segment segment, boolean owner) {
    super(segment, owner);
    this.length = (int) segment.getLong(Layout.AUX);
  }

  /** A zero-filled shared array; Python's {@code Array('b', length)}. */
  public static SharedByteArray create(int length) {
    if (length < 0) {
      throw new IllegalArgumentException("negative length " + length);
    }
    return new SharedByteArray(Layout.create(Layout.KIND_BYTE_ARRAY, length, length), true);
  }

  /** A shared array holding a copy of {@code values}; Python's {@code Array('b', values)}. */
  public static SharedByteArray of(byte... values) {
    SharedByteArray array = create(values.length);
    for (int i = 0; i < values.length; i++) {
      array.set(i, values[i]);
    }
    return array;
  }

  /** The array whose segment is {@code name}. */
  public static SharedByteArray attach(String name) {
    return new SharedByteArray(
        Layout.attach(name, "shared byte array", Layout.KIND_BYTE_ARRAY), false);
  }

  /** Python's {@code len(array)}. */
  public int length() {
    return length;
  }

  /** Python's {@code array[index]}. */
  public byte get(int index) {
    return segment.getByte(Layout.DATA + Objects.checkIndex(index, length));
  }

  /** Python's {@code array[index] = value}. */
  public void set(int index, byte value) {
    segment.setByte(Layout.DATA + Objects.checkIndex(index, length), value);
  }

  /** A copy of the bytes (Python's {@code array[:]}). */
  public byte[] toArray() {
    byte[] copy = new byte[length];
    segment.view().position(Layout.DATA).get(copy);
    return copy;
  }

  @Override
  public String toString() {
    return "<SharedByteArray " + segment.name() + " length=" + length + ">";
  }
}
