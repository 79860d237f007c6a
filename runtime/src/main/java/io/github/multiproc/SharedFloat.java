package io.github.multiproc;

import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;

/**
 * Python's {@code multiprocessing.Value('f')}: one {@code float} in shared memory, seen by every
 * process it is passed to. Reads and writes are volatile; for a read-modify-write hold
 * {@link #lock()} (Python's {@code get_lock()}). One made by {@link #createRaw} has no lock, and
 * plain reads and writes.
 */
public final class SharedFloat extends SharedObject {
  private SharedFloat(Segment segment, boolean owner) {
    super(segment, owner, Float.BYTES);
  }

  /** A new shared float holding {@code initial}; Python's {@code Value('f', initial)}. */
  public static SharedFloat create(float initial) {
    return create(initial, false);
  }

  /**
   * A new shared float with no lock, read and written plainly; Python's
   * {@code RawValue('f', initial)} and {@code Value('f', initial, lock=False)}.
   */
  public static SharedFloat createRaw(float initial) {
    return create(initial, true);
  }

  private static SharedFloat create(float initial, boolean raw) {
    SharedFloat value = new SharedFloat(newSegment(Layout.KIND_FLOAT, 1, Float.BYTES, raw), true);
    value.set(initial);
    return value;
  }

  /** The value whose segment is {@code name}. */
  public static SharedFloat attach(String name) {
    return new SharedFloat(attachSegment(name, "shared float", Layout.KIND_FLOAT), false);
  }

  /** Python's {@code value}. */
  public float get() {
    return Float.intBitsToFloat((int) load(0));
  }

  /** Python's {@code value = newValue}. */
  public void set(float newValue) {
    store(0, Float.floatToRawIntBits(newValue));
  }

  @Override
  public String toString() {
    return "<SharedFloat " + segment.name() + " value=" + get() + ">";
  }
}
