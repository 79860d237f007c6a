package io.github.multiproc;

import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;

/**
 * Python's {@code multiprocessing.Value('b')}: one {@code byte} in shared memory, seen by every
 * process it is passed to. Also Python's {@code 'B'} (read {@code Byte.toUnsignedInt(get())}) and
 * {@code 'c'} (a one-byte {@code bytes}). Reads and writes are volatile; for a read-modify-write
 * hold {@link #lock()} (Python's {@code get_lock()}). One made by {@link #createRaw} has no lock,
 * and plain reads and writes.
 */
public final class SharedByte extends SharedObject {
  private SharedByte(Segment segment, boolean owner) {
    super(segment, owner, Byte.BYTES);
  }

  /** A new shared byte holding {@code initial}; Python's {@code Value('b', initial)}. */
  public static SharedByte create(byte initial) {
    return create(initial, false);
  }

  /**
   * A new shared byte with no lock, read and written plainly; Python's
   * {@code RawValue('b', initial)} and {@code Value('b', initial, lock=False)}.
   */
  public static SharedByte createRaw(byte initial) {
    return create(initial, true);
  }

  private static SharedByte create(byte initial, boolean raw) {
    SharedByte value = new SharedByte(newSegment(Layout.KIND_BYTE, 1, Byte.BYTES, raw), true);
    value.set(initial);
    return value;
  }

  /** The value whose segment is {@code name}. */
  public static SharedByte attach(String name) {
    return new SharedByte(attachSegment(name, "shared byte", Layout.KIND_BYTE), false);
  }

  /** Python's {@code value}. */
  public byte get() {
    return (byte) load(0);
  }

  /** Python's {@code value = newValue}. */
  public void set(byte newValue) {
    store(0, newValue);
  }

  @Override
  public String toString() {
    return "<SharedByte " + segment.name() + " value=" + get() + ">";
  }
}
