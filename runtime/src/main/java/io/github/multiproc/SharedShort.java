package io.github.multiproc;

import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;

/**
 * Python's {@code multiprocessing.Value('h')}: one {@code short} in shared memory, seen by every
 * process it is passed to. Reads and writes are volatile; for a read-modify-write hold
 * {@link #lock()} (Python's {@code get_lock()}). One made by {@link #createRaw} has no lock, and
 * plain reads and writes.
 */
public final class SharedShort extends SharedObject {
  private SharedShort(Segment segment, boolean owner) {
    super(segment, owner, Short.BYTES);
  }

  /** A new shared short holding {@code initial}; Python's {@code Value('h', initial)}. */
  public static SharedShort create(short initial) {
    return create(initial, false);
  }

  /**
   * A new shared short with no lock, read and written plainly; Python's
   * {@code RawValue('h', initial)} and {@code Value('h', initial, lock=False)}.
   */
  public static SharedShort createRaw(short initial) {
    return create(initial, true);
  }

  private static SharedShort create(short initial, boolean raw) {
    SharedShort value = new SharedShort(newSegment(Layout.KIND_SHORT, 1, Short.BYTES, raw), true);
    value.set(initial);
    return value;
  }

  /** The value whose segment is {@code name}. */
  public static SharedShort attach(String name) {
    return new SharedShort(attachSegment(name, "shared short", Layout.KIND_SHORT), false);
  }

  /** Python's {@code value}. */
  public short get() {
    return (short) load(0);
  }

  /** Python's {@code value = newValue}. */
  public void set(short newValue) {
    store(0, newValue);
  }

  @Override
  public String toString() {
    return "<SharedShort " + segment.name() + " value=" + get() + ">";
  }
}
