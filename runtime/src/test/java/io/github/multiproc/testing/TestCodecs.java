package io.github.multiproc.testing;

import io.github.multiproc.spi.Codec;
import io.github.multiproc.spi.NullSafeCodec;
import io.github.multiproc.spi.WireInput;
import io.github.multiproc.spi.WireOutput;

/** Minimal codecs for the runtime tests, independent of the built-in codec set. */
public final class TestCodecs {
  private TestCodecs() {}

  public static final Codec<String> STRING = new NullSafeCodec<>() {
    @Override
    protected void encodeValue(WireOutput out, String value) {
      out.writeString(value);
    }

    @Override
    protected String decodeValue(WireInput in) {
      return in.readString();
    }
  };

  public static final Codec<Integer> INTEGER = new NullSafeCodec<>() {
    @Override
    protected void encodeValue(WireOutput out, Integer value) {
      out.writeInt(value);
    }

    @Override
    protected Integer decodeValue(WireInput in) {
      return in.readInt();
    }
  };

  public static final Codec<Void> VOID = new Codec<>() {
    @Override
    public void encode(WireOutput out, Void value) {}

    @Override
    public Void decode(WireInput in) {
      return null;
    }
  };
}
