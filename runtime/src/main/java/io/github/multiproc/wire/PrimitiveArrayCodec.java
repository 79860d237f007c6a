package io.github.multiproc.wire;

/**
 * The codecs of primitive arrays, written by {@link PrimitiveArrays}. See {@link BuiltinCodec} for
 * why a kind switch.
 *
 * <p>Python's counterpart: pickle of array.array.
 *
 * @param <T> the array type encoded
 */
final class PrimitiveArrayCodec<T> extends BuiltinCodec<T> {
  private static final int BOOLEANS = 0;
  private static final int BYTES = 1;
  private static final int SHORTS = 2;
  private static final int CHARS = 3;
  private static final int INTS = 4;
  private static final int LONGS = 5;
  private static final int FLOATS = 6;
  private static final int DOUBLES = 7;

  public static final Codec<boolean[]> BOOLEAN_ARRAY = new PrimitiveArrayCodec<>(BOOLEANS);
  public static final Codec<byte[]> BYTE_ARRAY = new PrimitiveArrayCodec<>(BYTES);
  public static final Codec<short[]> SHORT_ARRAY = new PrimitiveArrayCodec<>(SHORTS);
  public static final Codec<char[]> CHAR_ARRAY = new PrimitiveArrayCodec<>(CHARS);
  public static final Codec<int[]> INT_ARRAY = new PrimitiveArrayCodec<>(INTS);
  public static final Codec<long[]> LONG_ARRAY = new PrimitiveArrayCodec<>(LONGS);
  public static final Codec<float[]> FLOAT_ARRAY = new PrimitiveArrayCodec<>(FLOATS);
  public static final Codec<double[]> DOUBLE_ARRAY = new PrimitiveArrayCodec<>(DOUBLES);

  private PrimitiveArrayCodec(int kind) {
    super(kind);
  }

  @Override
  protected void encodeValue(WireOutput out, T value) {
    switch (kind) {
      case BOOLEANS -> PrimitiveArrays.writeBooleans(out, (boolean[]) value);
      case BYTES -> PrimitiveArrays.writeBytes(out, (byte[]) value);
      case SHORTS -> PrimitiveArrays.writeShorts(out, (short[]) value);
      case CHARS -> PrimitiveArrays.writeChars(out, (char[]) value);
      case INTS -> PrimitiveArrays.writeInts(out, (int[]) value);
      case LONGS -> PrimitiveArrays.writeLongs(out, (long[]) value);
      case FLOATS -> PrimitiveArrays.writeFloats(out, (float[]) value);
      case DOUBLES -> PrimitiveArrays.writeDoubles(out, (double[]) value);
      default -> throw unknownKind();
    }
  }

  @Override
  T decodeKind(WireInput in) {
    switch (kind) {
      case BOOLEANS:
        return cast(PrimitiveArrays.readBooleans(in));
      case BYTES:
        return cast(PrimitiveArrays.readBytes(in));
      case SHORTS:
        return cast(PrimitiveArrays.readShorts(in));
      case CHARS:
        return cast(PrimitiveArrays.readChars(in));
      case INTS:
        return cast(PrimitiveArrays.readInts(in));
      case LONGS:
        return cast(PrimitiveArrays.readLongs(in));
      case FLOATS:
        return cast(PrimitiveArrays.readFloats(in));
      case DOUBLES:
        return cast(PrimitiveArrays.readDoubles(in));
      default:
        throw unknownKind();
    }
  }
}
