package io.github.multiproc.wire;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The codecs of {@code OptionalInt}, {@code OptionalLong} and {@code OptionalDouble}: a presence
 * flag, then the value. See {@link BuiltinCodec} for why a kind switch.
 *
 * <p>Python's counterpart: pickle of an int or None.
 *
 * @param <T> the type encoded
 */
final class OptionalNumberCodec<T> extends BuiltinCodec<T> {
  private static final int INT_KIND = 0;
  private static final int LONG_KIND = 1;
  private static final int DOUBLE_KIND = 2;

  public static final Codec<OptionalInt> OPTIONAL_INT = new OptionalNumberCodec<>(INT_KIND);
  public static final Codec<OptionalLong> OPTIONAL_LONG = new OptionalNumberCodec<>(LONG_KIND);
  public static final Codec<OptionalDouble> OPTIONAL_DOUBLE =
      new OptionalNumberCodec<>(DOUBLE_KIND);

  private OptionalNumberCodec(int kind) {
    super(kind);
  }

  @Override
  protected void encodeValue(WireOutput out, T value) {
    switch (kind) {
      case INT_KIND -> {
        OptionalInt optional = (OptionalInt) value;
        out.writeBoolean(optional.isPresent());
        if (optional.isPresent()) {
          out.writeInt(optional.getAsInt());
        }
      }
      case LONG_KIND -> {
        OptionalLong optional = (OptionalLong) value;
        out.writeBoolean(optional.isPresent());
        if (optional.isPresent()) {
          out.writeLong(optional.getAsLong());
        }
      }
      case DOUBLE_KIND -> {
        OptionalDouble optional = (OptionalDouble) value;
        out.writeBoolean(optional.isPresent());
        if (optional.isPresent()) {
          out.writeDouble(optional.getAsDouble());
        }
      }
      default -> throw unknownKind();
    }
  }

  @Override
  T decodeKind(WireInput in) {
    boolean present = in.readBoolean();
    switch (kind) {
      case INT_KIND:
        return cast(present ? OptionalInt.of(in.readInt()) : OptionalInt.empty());
      case LONG_KIND:
        return cast(present ? OptionalLong.of(in.readLong()) : OptionalLong.empty());
      case DOUBLE_KIND:
        return cast(present ? OptionalDouble.of(in.readDouble()) : OptionalDouble.empty());
      default:
        throw unknownKind();
    }
  }
}
