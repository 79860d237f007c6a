package io.github.multiproc.internal.codec;

import io.github.multiproc.spi.CorruptDataException;
import io.github.multiproc.spi.NullSafeCodec;
import io.github.multiproc.spi.WireInput;
import io.github.multiproc.spi.WireOutput;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** A null-safe codec made of two functions: how the built-in value types are declared. */
public final class ValueCodec<T> extends NullSafeCodec<T> {
  private final BiConsumer<WireOutput, T> encoder;
  private final Function<WireInput, T> decoder;

  public ValueCodec(BiConsumer<WireOutput, T> encoder, Function<WireInput, T> decoder) {
    this.encoder = encoder;
    this.decoder = decoder;
  }

  @Override
  protected void encodeValue(WireOutput out, T value) {
    encoder.accept(out, value);
  }

  @Override
  protected T decodeValue(WireInput in) {
    try {
      return decoder.apply(in);
    } catch (CorruptDataException e) {
      throw e;
    } catch (RuntimeException e) {
      // A factory such as LocalDate.of rejected the decoded fields: the bytes were not ours.
      throw new CorruptDataException("bytes do not form a valid value: " + e);
    }
  }
}
