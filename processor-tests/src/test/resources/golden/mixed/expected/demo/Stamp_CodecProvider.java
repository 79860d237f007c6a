package demo;

import io.github.multiproc.spi.Codec;
import io.github.multiproc.spi.CodecProvider;
import io.github.multiproc.spi.Codecs;
import io.github.multiproc.spi.NullSafeCodec;
import io.github.multiproc.spi.WireInput;
import io.github.multiproc.spi.WireOutput;
import javax.annotation.processing.Generated;

/**
 * Registers the codec of the {@code @Portable} type {@link Stamp} (and of the types it contains) so
 * it can travel as an {@code Object}, for example in a queue. Listed in
 * {@code META-INF/services/io.github.multiproc.spi.CodecProvider}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class Stamp_CodecProvider implements CodecProvider {
  static final Codec<Stamp> STAMP = new StampCodec();

  /**
   * Called by {@code ServiceLoader}.
   */
  public Stamp_CodecProvider() {
  }

  @Override
  public void registerCodecs() {
    Codecs.register(Stamp.class, STAMP);
  }

  private static final class StampCodec extends NullSafeCodec<Stamp> {
    @Override
    protected void encodeValue(WireOutput out, Stamp value) {
      out.writeLong(value.millis());
    }

    @Override
    protected Stamp decodeValue(WireInput in) {
      long millis = in.readLong();
      return new Stamp(millis);
    }
  }
}
