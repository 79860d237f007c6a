package io.github.multiproc.wire;

/**
 * A {@link Codec} for a reference type that writes one presence byte before the value, so
 * {@code null} round-trips, and lets manager proxies ({@link ProxyReference}) cross as references
 * wherever a value of their type may. Subclasses encode and decode plain non-null values only.
 * Each value counts one level of nesting ({@link WireOutput#enterValue}), so a value nested too
 * deeply fails in the sender, and forged bytes fail in the receiver, before either's stack
 * overflows. Whatever else {@link #decodeValue} throws while it builds the value (a record's
 * constructor refusing a decoded field, a {@code TreeSet} refusing a decoded {@code null},
 * {@code LocalDate.of} refusing a month 13) comes out as a {@link CorruptDataException} with that
 * exception as its cause: a receiver handles bad bytes in one place, whichever type they forge.
 *
 * @param <T> the type encoded
 */
public abstract class NullSafeCodec<T> implements Codec<T> {
  private static final byte ABSENT = 0;
  private static final byte PRESENT = 1;

  /** A proxy of an object a manager holds: it crosses as a reference, never as a copy. */
  private static final byte MANAGED = 2;

  @Override
  public final void encode(WireOutput out, T value) {
    if (value == null) {
      out.writeByte(ABSENT);
    } else if (value instanceof ProxyReference proxy) {
      out.writeByte(MANAGED);
      proxy.writeReference(out);
    } else {
      out.writeByte(PRESENT);
      out.enterValue();
      try {
        encodeValue(out, value);
      } finally {
        out.exitValue();
      }
    }
  }

  @Override
  public final T decode(WireInput in) {
    byte presence = in.readByte();
    switch (presence) {
      case ABSENT:
        return null;
      case PRESENT:
        int start = in.position();
        in.enterValue();
        try {
          return decodeValue(in);
        } catch (CorruptDataException e) {
          throw e;
        } catch (RuntimeException e) {
          throw new CorruptDataException(
              "the bytes at offset " + start + " do not form a valid value: " + e, e);
        } finally {
          in.exitValue();
        }
      case MANAGED:
        return managed(References.runtime().readProxy(in));
      default:
        throw new CorruptDataException(
            "expected a presence byte (0, 1 or 2) but read "
                + presence
                + " at offset "
                + (in.position() - 1));
    }
  }

  @SuppressWarnings("unchecked") // the sender encoded it as a T; a mismatch fails at first use
  private static <T> T managed(Object proxy) {
    return (T) proxy;
  }

  /** Appends a non-null {@code value} to {@code out}. */
  protected abstract void encodeValue(WireOutput out, T value);

  /** Reads a value written by {@link #encodeValue}. */
  protected abstract T decodeValue(WireInput in);
}
