package io.github.multiproc.internal.shm;

/**
 * The first 32 bytes of every segment behind a multiproc object (not {@code SharedMemory}, whose
 * bytes are all the user's): a magic number and a kind, so a handle that names the wrong segment
 * fails clearly; one long of kind-specific size; then a {@link LockWord} where the kind has one.
 * Data starts at {@link #DATA}, 8-byte aligned.
 */
public final class Layout {
  public static final int MAGIC = 0x4d50534d; // "MPSM"
  public static final int KIND = 4;
  public static final int AUX = 8;
  public static final int LOCK = 16;
  public static final int DATA = 32;

  public static final int KIND_LOCK = 1;
  public static final int KIND_RLOCK = 2;
  public static final int KIND_CONDITION = 3;
  public static final int KIND_SEMAPHORE = 4;
  public static final int KIND_BOUNDED_SEMAPHORE = 5;
  public static final int KIND_EVENT = 6;
  public static final int KIND_BARRIER = 7;
  public static final int KIND_INT = 8;
  public static final int KIND_LONG = 9;
  public static final int KIND_DOUBLE = 10;
  public static final int KIND_INT_ARRAY = 11;
  public static final int KIND_LONG_ARRAY = 12;
  public static final int KIND_DOUBLE_ARRAY = 13;
  public static final int KIND_BYTE_ARRAY = 14;
  public static final int KIND_SHORT = 15;
  public static final int KIND_FLOAT = 16;
  public static final int KIND_CHAR = 17;
  public static final int KIND_BYTE = 18;
  public static final int KIND_SHORT_ARRAY = 19;
  public static final int KIND_FLOAT_ARRAY = 20;
  public static final int KIND_CHAR_ARRAY = 21;

  /** Or-ed into a shared value's or array's kind when it has no lock (Python's RawValue). */
  public static final int RAW = 0x100;

  private Layout() {}

  /** Creates a segment of {@code dataBytes} after the header, stamped with {@code kind}. */
  public static Segment create(int kind, long aux, int dataBytes) {
    Segment segment = Segment.create(null, Math.addExact(DATA, Math.max(dataBytes, 8)));
    segment.setLong(AUX, aux);
    segment.setInt(KIND, kind);
    segment.setIntVolatile(0, MAGIC);
    return segment;
  }

  /** Attaches {@code name}, checking that it holds one of {@code kinds}. */
  public static Segment attach(String name, String what, int... kinds) {
    Segment segment = Segment.attach(name);
    if (segment.size() < DATA || segment.getIntVolatile(0) != MAGIC) {
      throw new IllegalStateException("shared segment '" + name + "' is not a multiproc " + what);
    }
    int kind = segment.getInt(KIND);
    for (int k : kinds) {
      if (k == kind) {
        return segment;
      }
    }
    throw new IllegalStateException(
        "shared segment '" + name + "' holds kind " + kind + ", not a " + what);
  }

  /** Whether the segment's kind is {@code kind}. */
  public static boolean isKind(Segment segment, int kind) {
    return segment.getInt(KIND) == kind;
  }
}
