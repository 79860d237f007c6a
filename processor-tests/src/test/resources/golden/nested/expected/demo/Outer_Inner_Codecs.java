package demo;

import io.github.multiproc.wire.Codec;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.NullSafeCodec;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import javax.annotation.processing.Generated;

/**
 * Codecs for the types that {@link Outer.Inner}'s workers send between processes.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
final class Outer_Inner_Codecs {
  static final Codec<Outer.Inner.Message> OUTER_INNER_MESSAGE = new OuterInnerMessageCodec();

  static {
    registerTypes();
  }

  private Outer_Inner_Codecs() {
  }

  /**
   * Registers the records, enums and sealed types above so they can travel as {@code Object}:
   * when this holder loads, and when {@code ServiceLoader} finds {@link Outer_Inner_CodecsProvider}
   * in a JVM that never loaded it. Registering twice changes nothing.
   */
  static void registerTypes() {
    Codecs.register(Outer.Inner.Message.class, OUTER_INNER_MESSAGE);
  }

  private static final class OuterInnerMessageCodec extends NullSafeCodec<Outer.Inner.Message> {
    @Override
    protected void encodeValue(WireOutput out, Outer.Inner.Message value) {
      Codecs.STRING.encode(out, value.text());
    }

    @Override
    protected Outer.Inner.Message decodeValue(WireInput in) {
      String text = Codecs.STRING.decode(in);
      return new Outer.Inner.Message(text);
    }
  }
}
