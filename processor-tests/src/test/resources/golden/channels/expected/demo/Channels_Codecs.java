package demo;

import io.github.multiproc.Connection;
import io.github.multiproc.ProcessQueue;
import io.github.multiproc.spi.PipeHandles;
import io.github.multiproc.spi.QueueHandles;
import io.github.multiproc.wire.Codec;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.NullSafeCodec;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import javax.annotation.processing.Generated;

/**
 * Codecs for the types that {@link Channels}'s workers send between processes.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
final class Channels_Codecs {
  static final Codec<Channels.Order> CHANNELS_ORDER = new ChannelsOrderCodec();

  static final Codec<Connection<String>> CONNECTION_OF_STRING = PipeHandles.connection();

  static final Codec<ProcessQueue<Channels.Order>> PROCESS_QUEUE_OF_CHANNELS_ORDER = QueueHandles.queue();

  static {
    registerTypes();
  }

  private Channels_Codecs() {
  }

  /**
   * Registers the records, enums and sealed types above so they can travel as {@code Object}:
   * when this holder loads, and when {@code ServiceLoader} finds {@link Channels_CodecsProvider}
   * in a JVM that never loaded it. Registering twice changes nothing.
   */
  static void registerTypes() {
    Codecs.register(Channels.Order.class, CHANNELS_ORDER);
  }

  private static final class ChannelsOrderCodec extends NullSafeCodec<Channels.Order> {
    @Override
    protected void encodeValue(WireOutput out, Channels.Order value) {
      Codecs.STRING.encode(out, value.id());
      out.writeInt(value.quantity());
    }

    @Override
    protected Channels.Order decodeValue(WireInput in) {
      String id = Codecs.STRING.decode(in);
      int quantity = in.readInt();
      return new Channels.Order(id, quantity);
    }
  }
}
