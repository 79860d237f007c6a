package io.github.multiproc.wire;

/**
 * An enum constant as its ordinal. Both sides run the same class path, so ordinals agree; an
 * ordinal out of range means they do not, and fails loudly.
 */
final class EnumCodec<E extends Enum<E>> extends NullSafeCodec<E> {
  private final E[] constants;

  public EnumCodec(E[] constants) {
    this.constants = constants.clone();
  }

  @Override
  protected void encodeValue(WireOutput out, E value) {
    out.writeSize(value.ordinal());
  }

  @Override
  protected E decodeValue(WireInput in) {
    int ordinal = in.readSize();
    if (ordinal >= constants.length) {
      throw new CorruptDataException(
          "ordinal "
              + ordinal
              + " is out of range for "
              + (constants.length == 0
                  ? "an enum with no constants"
                  : constants[0].getDeclaringClass().getName()
                      + " ("
                      + constants.length
                      + " constants)"));
    }
    return constants[ordinal];
  }
}
