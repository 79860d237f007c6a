package io.github.multiproc;

import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;

/**
 * Python's {@code multiprocessing.Value('q')}: one {@code long} in shared memory, seen by every
 * process it is passed to. Reads and writes are volatile; {@link #getAndAdd},
 * {@link #compareAndSet} and friends are atomic across processes. For a read-modify-write of
 * several steps hold {@link #lock()} (Python's {@code get_lock()}). One made by {@link #createRaw}
 * has no lock, and plain reads and writes; its atomic operations stay atomic.
 */
public final class SharedLong extends SharedObject {
  private static final int VALUE = Layout.DATA;

  private SharedLong(Segment segment, boolean owner) {
    super(segment, owner, Long.BYTES);
  }

  /** A new shared long holding {@code initial}; Python's {@code Value('q', initial)}. */
  public static SharedLong create(long initial) {
    return create(initial, false);
  }

  /**
   * A new shared long with no lock, read and written plainly; Python's
   * {@code RawValue('q', initial)} and {@code Value('q', initial, lock=False)}.
   */
  public static SharedLong createRaw(long initial) {
    return create(initial, true);
  }

  private static SharedLong create(long initial, boolean raw) {
    SharedLong value = new SharedLong(newSegment(Layout.KIND_LONG, 1, Long.BYTES, raw), true);
    value.set(initial);
    return value;
  }

  /** The value whose segment is {@code name}. */
  public static SharedLong attach(String name) {
    return new SharedLong(attachSegment(name, "shared long", Layout.KIND_LONG), false);
  }

  /** Python's {@code value}. */
  public long get() {
    return load(0);
  }

  /** Python's {@code value = newValue}. */
  public void set(long newValue) {
    store(0, newValue);
  }

  /** Adds atomically; returns the value before. */
  public long getAndAdd(long delta) {
    return segment.getAndAddLong(VALUE, delta);
  }

  /** Adds atomically; returns the value after. */
  public long addAndGet(long delta) {
    return segment.getAndAddLong(VALUE, delta) + delta;
  }

  /** Adds one atomically; returns the value after. */
  public long incrementAndGet() {
    return addAndGet(1);
  }

  /** Subtracts one atomically; returns the value after. */
  public long decrementAndGet() {
    return addAndGet(-1);
  }

  /** Sets atomically; returns the value before. */
  public long getAndSet(long newValue) {
    while (true) {
      long current = get();
      if (compareAndSet(current, newValue)) {
        return current;
      }
    }
  }

  /** Sets to {@code newValue} if the value is {@code expected}, atomically. */
  public boolean compareAndSet(long expected, long newValue) {
    return segment.casLong(VALUE, expected, newValue);
  }

  @Override
  public String toString() {
    return "<SharedLong " + segment.name() + " value=" + get() + ">";
  }
}
