package io.github.multiproc;

import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;

/**
 * Python's {@code multiprocessing.Value('u')}: one {@code char} in shared memory, seen by every
 * process it is passed to. A UTF-16 code unit: Python's {@code 'u'} holds one code point, which
 * outside the Basic Multilingual Plane takes two chars here. Reads and writes are volatile; for a
 * read-modify-write hold {@link #lock()} (Python's {@code get_lock()}). One made by
 * {@link #createRaw} has no lock, and plain reads and writes.
 */
public final class SharedChar extends SharedObject {
  private SharedChar(Segment segment, boolean owner) {
    super(segment, owner, Character.BYTES);
  }

  /** A new shared char holding {@code initial}; Python's {@code Value('u', initial)}. */
  public static SharedChar create(char initial) {
    return create(initial, false);
  }

  /**
   * A new shared char with no lock, read and written plainly; Python's
   * {@code RawValue('u', initial)} and {@code Value('u', initial, lock=False)}.
   */
  public static SharedChar createRaw(char initial) {
    return create(initial, true);
  }

  private static SharedChar create(char initial, boolean raw) {
    SharedChar value = new SharedChar(newSegment(Layout.KIND_CHAR, 1, Character.BYTES, raw), true);
    value.set(initial);
    return value;
  }

  /** The value whose segment is {@code name}. */
  public static SharedChar attach(String name) {
    return new SharedChar(attachSegment(name, "shared char", Layout.KIND_CHAR), false);
  }

  /** Python's {@code value}. */
  public char get() {
    return (char) load(0);
  }

  /** Python's {@code value = newValue}. */
  public void set(char newValue) {
    store(0, newValue);
  }

  @Override
  public String toString() {
    return "<SharedChar " + segment.name() + " value=" + get() + ">";
  }
}
