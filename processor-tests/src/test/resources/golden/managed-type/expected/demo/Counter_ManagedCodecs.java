package demo;

import io.github.multiproc.wire.Codec;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.NullSafeCodec;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import javax.annotation.processing.Generated;

/**
 * Codecs for the types that {@link Counter}'s managed methods send between processes.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
final class Counter_ManagedCodecs {
  static final Codec<Counter.Tally> COUNTER_TALLY = new CounterTallyCodec();

  static {
    registerTypes();
  }

  private Counter_ManagedCodecs() {
  }

  /**
   * Registers the records, enums and sealed types above so they can travel as {@code Object}:
   * when this holder loads, and when {@code ServiceLoader} finds {@link Counter_ManagedCodecsProvider}
   * in a JVM that never loaded it. Registering twice changes nothing.
   */
  static void registerTypes() {
    Codecs.register(Counter.Tally.class, COUNTER_TALLY);
  }

  private static final class CounterTallyCodec extends NullSafeCodec<Counter.Tally> {
    @Override
    protected void encodeValue(WireOutput out, Counter.Tally value) {
      Codecs.STRING.encode(out, value.label());
      out.writeLong(value.total());
    }

    @Override
    protected Counter.Tally decodeValue(WireInput in) {
      String label = Codecs.STRING.decode(in);
      long total = in.readLong();
      return new Counter.Tally(label, total);
    }
  }
}
