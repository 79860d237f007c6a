package demo;

import io.github.multiproc.wire.Codec;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.NullSafeCodec;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Codecs for the types that {@link Prices}'s pool tasks send between processes.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
final class Prices_Codecs {
  static final Codec<Prices.Item> PRICES_ITEM = new PricesItemCodec();

  static final Codec<PricesTasks.TotalArgs> PRICES_TASKS_TOTAL_ARGS = new PricesTasksTotalArgsCodec();

  private static final Codec<List<String>> LIST_OF_STRING = Codecs.list(Codecs.STRING);

  static {
    registerTypes();
  }

  private Prices_Codecs() {
  }

  /**
   * Registers the records, enums and sealed types above so they can travel as {@code Object}:
   * when this holder loads, and when {@code ServiceLoader} finds {@link Prices_CodecsProvider}
   * in a JVM that never loaded it. Registering twice changes nothing.
   */
  static void registerTypes() {
    Codecs.register(Prices.Item.class, PRICES_ITEM);
    Codecs.register(PricesTasks.TotalArgs.class, PRICES_TASKS_TOTAL_ARGS);
  }

  private static final class PricesItemCodec extends NullSafeCodec<Prices.Item> {
    @Override
    protected void encodeValue(WireOutput out, Prices.Item value) {
      Codecs.STRING.encode(out, value.name());
      out.writeLong(value.cents());
      LIST_OF_STRING.encode(out, value.tags());
    }

    @Override
    protected Prices.Item decodeValue(WireInput in) {
      String name = Codecs.STRING.decode(in);
      long cents = in.readLong();
      List<String> tags = LIST_OF_STRING.decode(in);
      return new Prices.Item(name, cents, tags);
    }
  }

  private static final class PricesTasksTotalArgsCodec extends NullSafeCodec<PricesTasks.TotalArgs> {
    @Override
    protected void encodeValue(WireOutput out, PricesTasks.TotalArgs value) {
      PRICES_ITEM.encode(out, value.item());
      out.writeInt(value.quantity());
    }

    @Override
    protected PricesTasks.TotalArgs decodeValue(WireInput in) {
      Prices.Item item = PRICES_ITEM.decode(in);
      int quantity = in.readInt();
      return new PricesTasks.TotalArgs(item, quantity);
    }
  }
}
