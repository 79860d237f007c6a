package demo;

import io.github.multiproc.wire.Codec;
import io.github.multiproc.wire.CodecProvider;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.NullSafeCodec;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import javax.annotation.processing.Generated;

/**
 * Registers the codec of the {@code @Portable} type {@link Stamp} (and of the types it contains) so
 * it can travel as an {@code Object}, for example in a queue. Listed in
 * {@code META-INF/services/io.github.multiproc.wire.CodecProvider}.
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
