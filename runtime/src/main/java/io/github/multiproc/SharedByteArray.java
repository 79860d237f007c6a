package io.github.multiproc;

import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;

/**
 * Python's {@code multiprocessing.Array('b', length)}: a fixed-length {@code byte} array in shared
 * memory, seen by every process it is passed to. Also Python's {@code 'B'} (read
 * {@code Byte.toUnsignedInt(get(i))}) and {@code 'c'}. Element reads and writes are volatile.
 * Slices are read and written under {@link #lock()} (Python's {@code get_lock()}), which also
 * guards updates of several elements. One made by {@link #createRaw} (Python's {@code RawArray})
 * has no lock, and plain reads and writes.
 */
public final class SharedByteArray extends SharedArray {
  private static final int KIND = Layout.KIND_BYTE_ARRAY;

  private SharedByteArray(Segment segment, boolean owner) {
    super(segment, owner, Byte.BYTES);
  }

  /** A zero-filled shared array; Python's {@code Array('b', length)}. */
  public static SharedByteArray create(int length) {
    return new SharedByteArray(newSegment(KIND, length, Byte.BYTES, false), true);
  }

  /**
   * A zero-filled shared array with no lock, read and written plainly; Python's
   * {@code RawArray('b', length)} and {@code Array('b', length, lock=False)}.
   */
  public static SharedByteArray createRaw(int length) {
    return new SharedByteArray(newSegment(KIND, length, Byte.BYTES, true), true);
  }

  /** A shared array holding a copy of {@code values}; Python's {@code Array('b', values)}. */
  public static SharedByteArray of(byte... values) {
    SharedByteArray array = create(values.length);
    array.set(0, values);
    return array;
  }

  /** The array whose segment is {@code name}. */
  public static SharedByteArray attach(String name) {
    return new SharedByteArray(attachSegment(name, "shared byte array", KIND), false);
  }

  /** Python's {@code array[index]}. */
  public byte get(int index) {
    return (byte) load(index);
  }

  /** Python's {@code array[index] = value}. */
  public void set(int index, byte value) {
    store(index, value);
  }

  /**
   * A copy of elements {@code from} (inclusive) to {@code to} (exclusive); Python's
   * {@code array[from:to]}.
   */
  public byte[] get(int from, int to) {
    return loadRange(from, to, byte[]::new, (copy, i, bits) -> copy[i] = (byte) bits);
  }

  /**
   * Writes {@code values} from element {@code from} on; Python's
   * {@code array[from:from + len(values)] = values}.
   */
  public void set(int from, byte... values) {
    storeRange(from, values.length, i -> values[i]);
  }

  /** A copy of the elements; Python's {@code array[:]}. */
  public byte[] toArray() {
    return get(0, length);
  }
}
