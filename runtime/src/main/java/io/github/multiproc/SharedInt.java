package io.github.multiproc;

import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;

/**
 * Python's {@code multiprocessing.Value('i')}: one {@code int} in shared memory, seen by every
 * process it is passed to. Reads and writes are volatile; {@link #getAndAdd},
 * {@link #compareAndSet} and friends are atomic across processes. For a read-modify-write of
 * several steps hold {@link #lock()} (Python's {@code get_lock()}). One made by {@link #createRaw}
 * has no lock, and plain reads and writes; its atomic operations stay atomic.
 */
public final class SharedInt extends SharedObject {
  private static final int VALUE = Layout.DATA;

  private SharedInt(Segment segment, boolean owner) {
    super(segment, owner, Integer.BYTES);
  }

  /** A new shared int holding {@code initial}; Python's {@code Value('i', initial)}. */
  public static SharedInt create(int initial) {
    return create(initial, false);
  }

  /**
   * A new shared int with no lock, read and written plainly; Python's
   * {@code RawValue('i', initial)} and {@code Value('i', initial, lock=False)}.
   */
  public static SharedInt createRaw(int initial) {
    return create(initial, true);
  }

  private static SharedInt create(int initial, boolean raw) {
    SharedInt value = new SharedInt(newSegment(Layout.KIND_INT, 1, Integer.BYTES, raw), true);
    value.set(initial);
    return value;
  }

  /** The value whose segment is {@code name}. */
  public static SharedInt attach(String name) {
    return new SharedInt(attachSegment(name, "shared int", Layout.KIND_INT), false);
  }

  /** Python's {@code value}. */
  public int get() {
    return (int) load(0);
  }

  /** Python's {@code value = newValue}. */
  public void set(int newValue) {
    store(0, newValue);
  }

  /** Adds atomically; returns the value before. */
  public int getAndAdd(int delta) {
    return segment.getAndAddInt(VALUE, delta);
  }

  /** Adds atomically; returns the value after. */
  public int addAndGet(int delta) {
    return segment.getAndAddInt(VALUE, delta) + delta;
  }

  /** Adds one atomically; returns the value after. */
  public int incrementAndGet() {
    return addAndGet(1);
  }

  /** Subtracts one atomically; returns the value after. */
  public int decrementAndGet() {
    return addAndGet(-1);
  }

  /** Sets atomically; returns the value before. */
  public int getAndSet(int newValue) {
    while (true) {
      int current = get();
      if (compareAndSet(current, newValue)) {
        return current;
      }
    }
  }

  /** Sets to {@code newValue} if the value is {@code expected}, atomically. */
  public boolean compareAndSet(int expected, int newValue) {
    return segment.casInt(VALUE, expected, newValue);
  }

  @Override
  public String toString() {
    return "<SharedInt " + segment.name() + " value=" + get() + ">";
  }
}
