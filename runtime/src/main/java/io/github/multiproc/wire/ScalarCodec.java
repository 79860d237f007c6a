package io.github.multiproc.wire;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.UUID;

/**
 * The codecs of boxed primitives, {@code String}, {@code BigInteger}, {@code BigDecimal} and
 * {@code UUID} (Python's ints, floats, str). See {@link BuiltinCodec} for why a kind switch.
 *
 * @param <T> the type encoded
 */
final class ScalarCodec<T> extends BuiltinCodec<T> {
  private static final int BOOLEAN_KIND = 0;
  private static final int BYTE_KIND = 1;
  private static final int SHORT_KIND = 2;
  private static final int CHARACTER_KIND = 3;
  private static final int INTEGER_KIND = 4;
  private static final int LONG_KIND = 5;
  private static final int FLOAT_KIND = 6;
  private static final int DOUBLE_KIND = 7;
  private static final int STRING_KIND = 8;
  private static final int BIG_INTEGER_KIND = 9;
  private static final int BIG_DECIMAL_KIND = 10;
  private static final int UUID_KIND = 11;

  public static final Codec<Boolean> BOOLEAN = new ScalarCodec<>(BOOLEAN_KIND);
  public static final Codec<Byte> BYTE = new ScalarCodec<>(BYTE_KIND);
  public static final Codec<Short> SHORT = new ScalarCodec<>(SHORT_KIND);
  public static final Codec<Character> CHARACTER = new ScalarCodec<>(CHARACTER_KIND);
  public static final Codec<Integer> INTEGER = new ScalarCodec<>(INTEGER_KIND);
  public static final Codec<Long> LONG = new ScalarCodec<>(LONG_KIND);
  public static final Codec<Float> FLOAT = new ScalarCodec<>(FLOAT_KIND);
  public static final Codec<Double> DOUBLE = new ScalarCodec<>(DOUBLE_KIND);
  public static final Codec<String> STRING = new ScalarCodec<>(STRING_KIND);

  /** Two's-complement bytes, as {@link BigInteger#toByteArray()}. */
  public static final Codec<BigInteger> BIG_INTEGER = new ScalarCodec<>(BIG_INTEGER_KIND);

  /** The unscaled value and the scale, so {@code 1.0} and {@code 1.00} stay apart. */
  public static final Codec<BigDecimal> BIG_DECIMAL = new ScalarCodec<>(BIG_DECIMAL_KIND);

  public static final Codec<UUID> UUID_CODEC = new ScalarCodec<>(UUID_KIND);

  private ScalarCodec(int kind) {
    super(kind);
  }

  @Override
  protected void encodeValue(WireOutput out, T value) {
    switch (kind) {
      case BOOLEAN_KIND -> out.writeBoolean((Boolean) value);
      case BYTE_KIND -> out.writeByte((Byte) value);
      case SHORT_KIND -> out.writeShort((Short) value);
      case CHARACTER_KIND -> out.writeChar((Character) value);
      case INTEGER_KIND -> out.writeInt((Integer) value);
      case LONG_KIND -> out.writeLong((Long) value);
      case FLOAT_KIND -> out.writeFloat((Float) value);
      case DOUBLE_KIND -> out.writeDouble((Double) value);
      case STRING_KIND -> out.writeString((String) value);
      case BIG_INTEGER_KIND ->
          PrimitiveArrayCodec.BYTE_ARRAY.encode(out, ((BigInteger) value).toByteArray());
      case BIG_DECIMAL_KIND -> {
        BigDecimal decimal = (BigDecimal) value;
        BIG_INTEGER.encode(out, decimal.unscaledValue());
        out.writeInt(decimal.scale());
      }
      case UUID_KIND -> {
        UUID uuid = (UUID) value;
        out.writeLong(uuid.getMostSignificantBits());
        out.writeLong(uuid.getLeastSignificantBits());
      }
      default -> throw unknownKind();
    }
  }

  @Override
  T decodeKind(WireInput in) {
    switch (kind) {
      case BOOLEAN_KIND:
        return cast(in.readBoolean());
      case BYTE_KIND:
        return cast(in.readByte());
      case SHORT_KIND:
        return cast(in.readShort());
      case CHARACTER_KIND:
        return cast(in.readChar());
      case INTEGER_KIND:
        return cast(in.readInt());
      case LONG_KIND:
        return cast(in.readLong());
      case FLOAT_KIND:
        return cast(in.readFloat());
      case DOUBLE_KIND:
        return cast(in.readDouble());
      case STRING_KIND:
        return cast(in.readString());
      case BIG_INTEGER_KIND:
        return cast(readBigInteger(in));
      case BIG_DECIMAL_KIND:
        {
          BigInteger unscaled = BIG_INTEGER.decode(in);
          if (unscaled == null) {
            throw new CorruptDataException("a BigDecimal's unscaled value is missing");
          }
          return cast(new BigDecimal(unscaled, in.readInt()));
        }
      case UUID_KIND:
        return cast(new UUID(in.readLong(), in.readLong()));
      default:
        throw unknownKind();
    }
  }

  private static BigInteger readBigInteger(WireInput in) {
    byte[] bytes = PrimitiveArrayCodec.BYTE_ARRAY.decode(in);
    if (bytes == null || bytes.length == 0) {
      throw new CorruptDataException("a BigInteger needs at least one byte");
    }
    return new BigInteger(bytes);
  }
}
