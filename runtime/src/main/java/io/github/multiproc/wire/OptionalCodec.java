package io.github.multiproc.wire;

import java.util.Optional;

/**
 * An {@link Optional} as a presence byte and its value. A {@code null} Optional reference is kept
 * apart from {@link Optional#empty()}: both round-trip as they were.
 */
final class OptionalCodec<E> extends NullSafeCodec<Optional<E>> {
  private final Codec<E> value;

  public OptionalCodec(Codec<E> value) {
    this.value = value;
  }

  @Override
  protected void encodeValue(WireOutput out, Optional<E> optional) {
    out.writeBoolean(optional.isPresent());
    if (optional.isPresent()) {
      value.encode(out, optional.get());
    }
  }

  @Override
  protected Optional<E> decodeValue(WireInput in) {
    if (!in.readBoolean()) {
      return Optional.empty();
    }
    E decoded = value.decode(in);
    if (decoded == null) {
      throw new CorruptDataException("an Optional marked present holds null");
    }
    return Optional.of(decoded);
  }
}
