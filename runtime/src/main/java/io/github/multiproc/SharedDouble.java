package io.github.multiproc;

import io.github.multiproc.internal.shm.Layout;
import io.github.multiproc.internal.shm.Segment;

/**
 * Python's {@code multiprocessing.Value('d')}: one {@code double} in shared memory, seen by every
 * process it is passed to. Reads and writes are volatile; {@link #getAndAdd} and
 * {@link #compareAndSet} are atomic across processes (a CAS loop on the value's bits). For a
 * read-modify-write of several steps hold {@link #lock()} (Python's {@code get_lock()}). One made
 * by {@link #createRaw} has no lock, and plain reads and writes; its atomic operations stay atomic.
 */
public final class SharedDouble extends SharedObject {
  private static final int VALUE = Layout.DATA;

  private SharedDouble(Segment segment, boolean owner) {
    super(segment, owner, Long.BYTES);
  }

  /** A new shared double holding {@code initial}; Python's {@code Value('d', initial)}. */
  public static SharedDouble create(double initial) {
    return create(initial, false);
  }

  /**
   * A new shared double with no lock, read and written plainly; Python's
   * {@code RawValue('d', initial)} and {@code Value('d', initial, lock=False)}.
   */
  public static SharedDouble createRaw(double initial) {
    return create(initial, true);
  }

  private static SharedDouble create(double initial, boolean raw) {
    SharedDouble value = new SharedDouble(newSegment(Layout.KIND_DOUBLE, 1, Long.BYTES, raw), true);
    value.set(initial);
    return value;
  }

  /** The value whose segment is {@code name}. */
  public static SharedDouble attach(String name) {
    return new SharedDouble(attachSegment(name, "shared double", Layout.KIND_DOUBLE), false);
  }

  /** Python's {@code value}. */
  public double get() {
    return Double.longBitsToDouble(load(0));
  }

  /** Python's {@code value = newValue}. */
  public void set(double newValue) {
    store(0, Double.doubleToRawLongBits(newValue));
  }

  /** Adds atomically; returns the value before. */
  public double getAndAdd(double delta) {
    while (true) {
      long bits = segment.getLongVolatile(VALUE);
      double current = Double.longBitsToDouble(bits);
      if (segment.casLong(VALUE, bits, Double.doubleToRawLongBits(current + delta))) {
        return current;
      }
    }
  }

  /** Adds atomically; returns the value after. */
  public double addAndGet(double delta) {
    return getAndAdd(delta) + delta;
  }

  /**
   * Sets to {@code newValue} if the value is {@code expected}, atomically. Compares bits, as
   * {@code AtomicLong} on {@code doubleToRawLongBits} would: NaN matches the same NaN, and
   * {@code 0.0} does not match {@code -0.0}.
   */
  public boolean compareAndSet(double expected, double newValue) {
    return segment.casLong(
        VALUE, Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(newValue));
  }

  @Override
  public String toString() {
    return "<SharedDouble " + segment.name() + " value=" + get() + ">";
  }
}
