package io.github.multiproc.spi;

/**
 * A {@link Codec} for a reference type that writes one presence byte before the value, so
 * {@code null} round-trips. Subclasses encode and decode non-null values only.
 *
 * @param <T> the type encoded
 */
public abstract class NullSafeCodec<T> implements Codec<T> {
  private static final byte ABSENT = 0;
  private static final byte PRESENT = 1;

  @Override
  public final void encode(WireOutput out, T value) {
    if (value == null) {
      out.writeByte(ABSENT);
    } else {
      out.writeByte(PRESENT);
      encodeValue(out, value);
    }
  }

  @Override
  public final T decode(WireInput in) {
    byte presence = in.readByte();
    switch (presence) {
      case ABSENT:
        return null;
      case PRESENT:
        return decodeValue(in);
      default:
        throw new CorruptDataException(
            "expected a presence byte (0 or 1) but read " + presence + " at offset "
                + (in.position() - 1));
    }
  }

  /** Appends a non-null {@code value} to {@code out}. */
  protected abstract void encodeValue(WireOutput out, T value);

  /** Reads a value written by {@link #encodeValue}. */
  protected abstract T decodeValue(WireInput in);
}
