package demo;

import io.github.multiproc.wire.Codec;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.NullSafeCodec;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Codecs for the types that {@link Shop}'s workers send between processes.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
final class Shop_Codecs {
  static final Codec<Shop.Color> SHOP_COLOR = Codecs.enumOf(Shop.Color.values());

  static final Codec<Shop.Item> SHOP_ITEM = new ShopItemCodec();

  static final Codec<Shop.Order> SHOP_ORDER = new ShopOrderCodec();

  private static final Codec<List<Shop.Item>> LIST_OF_SHOP_ITEM = Codecs.list(SHOP_ITEM);

  private static final Codec<Optional<String>> OPTIONAL_OF_STRING = Codecs.optional(Codecs.STRING);

  static {
    registerTypes();
  }

  private Shop_Codecs() {
  }

  /**
   * Registers the records, enums and sealed types above so they can travel as {@code Object}:
   * when this holder loads, and when {@code ServiceLoader} finds {@link Shop_CodecsProvider}
   * in a JVM that never loaded it. Registering twice changes nothing.
   */
  static void registerTypes() {
    Codecs.register(Shop.Color.class, SHOP_COLOR);
    Codecs.register(Shop.Item.class, SHOP_ITEM);
    Codecs.register(Shop.Order.class, SHOP_ORDER);
  }

  private static final class ShopItemCodec extends NullSafeCodec<Shop.Item> {
    @Override
    protected void encodeValue(WireOutput out, Shop.Item value) {
      Codecs.STRING.encode(out, value.name());
      out.writeInt(value.quantity());
      SHOP_COLOR.encode(out, value.color());
    }

    @Override
    protected Shop.Item decodeValue(WireInput in) {
      String name = Codecs.STRING.decode(in);
      int quantity = in.readInt();
      Shop.Color color = SHOP_COLOR.decode(in);
      return new Shop.Item(name, quantity, color);
    }
  }

  private static final class ShopOrderCodec extends NullSafeCodec<Shop.Order> {
    @Override
    protected void encodeValue(WireOutput out, Shop.Order value) {
      Codecs.STRING.encode(out, value.id());
      LIST_OF_SHOP_ITEM.encode(out, value.items());
      OPTIONAL_OF_STRING.encode(out, value.note());
    }

    @Override
    protected Shop.Order decodeValue(WireInput in) {
      String id = Codecs.STRING.decode(in);
      List<Shop.Item> items = LIST_OF_SHOP_ITEM.decode(in);
      Optional<String> note = OPTIONAL_OF_STRING.decode(in);
      return new Shop.Order(id, items, note);
    }
  }
}
