package io.github.multiproc;

import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;

/**
 * Python's {@code multiprocessing.Array('h', length)}: a fixed-length {@code short} array in shared
 * memory, seen by every process it is passed to. Element reads and writes are volatile. Slices are
 * read and written under {@link #lock()} (Python's {@code get_lock()}), which also guards updates
 * of several elements. One made by {@link #createRaw} (Python's {@code RawArray}) has no lock, and
 * plain reads and writes.
 */
public final class SharedShortArray extends SharedArray {
  private static final int KIND = Layout.KIND_SHORT_ARRAY;

  private SharedShortArray(Segment segment, boolean owner) {
    super(segment, owner, Short.BYTES);
  }

  /** A zero-filled shared array; Python's {@code Array('h', length)}. */
  public static SharedShortArray create(int length) {
    return new SharedShortArray(newSegment(KIND, length, Short.BYTES, false), true);
  }

  /**
   * A zero-filled shared array with no lock, read and written plainly; Python's
   * {@code RawArray('h', length)} and {@code Array('h', length, lock=False)}.
   */
  public static SharedShortArray createRaw(int length) {
    return new SharedShortArray(newSegment(KIND, length, Short.BYTES, true), true);
  }

  /** A shared array holding a copy of {@code values}; Python's {@code Array('h', values)}. */
  public static SharedShortArray of(short... values) {
    SharedShortArray array = create(values.length);
    array.set(0, values);
    return array;
  }

  /** The array whose segment is {@code name}. */
  public static SharedShortArray attach(String name) {
    return new SharedShortArray(attachSegment(name, "shared short array", KIND), false);
  }

  /** Python's {@code array[index]}. */
  public short get(int index) {
    return (short) load(index);
  }

  /** Python's {@code array[index] = value}. */
  public void set(int index, short value) {
    store(index, value);
  }

  /**
   * A copy of elements {@code from} (inclusive) to {@code to} (exclusive); Python's
   * {@code array[from:to]}.
   */
  public short[] get(int from, int to) {
    return loadRange(from, to, short[]::new, (copy, i, bits) -> copy[i] = (short) bits);
  }

  /**
   * Writes {@code values} from element {@code from} on; Python's
   * {@code array[from:from + len(values)] = values}.
   */
  public void set(int from, short... values) {
    storeRange(from, values.length, i -> values[i]);
  }

  /** A copy of the elements; Python's {@code array[:]}. */
  public short[] toArray() {
    return get(0, length);
  }
}
