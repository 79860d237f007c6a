package io.github.multiproc;

import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;

/**
 * Python's {@code multiprocessing.Array('f', length)}: a fixed-length {@code float} array in shared
 * memory, seen by every process it is passed to. Element reads and writes are volatile. Slices are
 * read and written under {@link #lock()} (Python's {@code get_lock()}), which also guards updates
 * of several elements. One made by {@link #createRaw} (Python's {@code RawArray}) has no lock, and
 * plain reads and writes.
 */
public final class SharedFloatArray extends SharedArray {
  private static final int KIND = Layout.KIND_FLOAT_ARRAY;

  private SharedFloatArray(Segment segment, boolean owner) {
    super(segment, owner, Float.BYTES);
  }

  /** A zero-filled shared array; Python's {@code Array('f', length)}. */
  public static SharedFloatArray create(int length) {
    return new SharedFloatArray(newSegment(KIND, length, Float.BYTES, false), true);
  }

  /**
   * A zero-filled shared array with no lock, read and written plainly; Python's
   * {@code RawArray('f', length)} and {@code Array('f', length, lock=False)}.
   */
  public static SharedFloatArray createRaw(int length) {
    return new SharedFloatArray(newSegment(KIND, length, Float.BYTES, true), true);
  }

  /** A shared array holding a copy of {@code values}; Python's {@code Array('f', values)}. */
  public static SharedFloatArray of(float... values) {
    SharedFloatArray array = create(values.length);
    array.set(0, values);
    return array;
  }

  /** The array whose segment is {@code name}. */
  public static SharedFloatArray attach(String name) {
    return new SharedFloatArray(attachSegment(name, "shared float array", KIND), false);
  }

  /** Python's {@code array[index]}. */
  public float get(int index) {
    return Float.intBitsToFloat((int) load(index));
  }

  /** Python's {@code array[index] = value}. */
  public void set(int index, float value) {
    store(index, Float.floatToRawIntBits(value));
  }

  /**
   * A copy of elements {@code from} (inclusive) to {@code to} (exclusive); Python's
   * {@code array[from:to]}.
   */
  public float[] get(int from, int to) {
    return loadRange(
        from, to, float[]::new, (copy, i, bits) -> copy[i] = Float.intBitsToFloat((int) bits));
  }

  /**
   * Writes {@code values} from element {@code from} on; Python's
   * {@code array[from:from + len(values)] = values}.
   */
  public void set(int from, float... values) {
    storeRange(from, values.length, i -> Float.floatToRawIntBits(values[i]));
  }

  /** A copy of the elements; Python's {@code array[:]}. */
  public float[] toArray() {
    return get(0, length);
  }
}
