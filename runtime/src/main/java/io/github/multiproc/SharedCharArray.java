package io.github.multiproc;

import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;

/**
 * Python's {@code multiprocessing.Array('u', length)}: a fixed-length {@code char} array in shared
 * memory, seen by every process it is passed to. Element reads and writes are volatile. Python's
 * {@code 'u'} holds code points; an element here is a UTF-16 code unit. Slices are read and written
 * under {@link #lock()} (Python's {@code get_lock()}), which also guards updates of several
 * elements. One made by {@link #createRaw} (Python's {@code RawArray}) has no lock, and plain reads
 * and writes.
 */
public final class SharedCharArray extends SharedArray {
  private static final int KIND = Layout.KIND_CHAR_ARRAY;

  private SharedCharArray(Segment segment, boolean owner) {
    super(segment, owner, Character.BYTES);
  }

  /** A zero-filled shared array; Python's {@code Array('u', length)}. */
  public static SharedCharArray create(int length) {
    return new SharedCharArray(newSegment(KIND, length, Character.BYTES, false), true);
  }

  /**
   * A zero-filled shared array with no lock, read and written plainly; Python's
   * {@code RawArray('u', length)} and {@code Array('u', length, lock=False)}.
   */
  public static SharedCharArray createRaw(int length) {
    return new SharedCharArray(newSegment(KIND, length, Character.BYTES, true), true);
  }

  /** A shared array holding a copy of {@code values}; Python's {@code Array('u', values)}. */
  public static SharedCharArray of(char... values) {
    SharedCharArray array = create(values.length);
    array.set(0, values);
    return array;
  }

  /** The array whose segment is {@code name}. */
  public static SharedCharArray attach(String name) {
    return new SharedCharArray(attachSegment(name, "shared char array", KIND), false);
  }

  /** Python's {@code array[index]}. */
  public char get(int index) {
    return (char) load(index);
  }

  /** Python's {@code array[index] = value}. */
  public void set(int index, char value) {
    store(index, value);
  }

  /**
   * A copy of elements {@code from} (inclusive) to {@code to} (exclusive); Python's
   * {@code array[from:to]}.
   */
  public char[] get(int from, int to) {
    return loadRange(from, to, char[]::new, (copy, i, bits) -> copy[i] = (char) bits);
  }

  /**
   * Writes {@code values} from element {@code from} on; Python's
   * {@code array[from:from + len(values)] = values}.
   */
  public void set(int from, char... values) {
    storeRange(from, values.length, i -> values[i]);
  }

  /** A copy of the elements; Python's {@code array[:]}. */
  public char[] toArray() {
    return get(0, length);
  }
}
