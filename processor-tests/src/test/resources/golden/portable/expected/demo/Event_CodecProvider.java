package demo;

import io.github.multiproc.wire.Codec;
import io.github.multiproc.wire.CodecProvider;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.CorruptDataException;
import io.github.multiproc.wire.NullSafeCodec;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.math.BigDecimal;
import javax.annotation.processing.Generated;

/**
 * Registers the codec of the {@code @Portable} type {@link Event} (and of the types it contains) so
 * it can travel as an {@code Object}, for example in a queue. Listed in
 * {@code META-INF/services/io.github.multiproc.wire.CodecProvider}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class Event_CodecProvider implements CodecProvider {
  static final Codec<Event> EVENT = new EventCodec();

  static final Codec<Event.Paid> EVENT_PAID = new EventPaidCodec();

  static final Codec<Event.Refunded> EVENT_REFUNDED = new EventRefundedCodec();

  static final Codec<Money> MONEY = new MoneyCodec();

  static final Codec<Money.Currency> MONEY_CURRENCY = Codecs.enumOf(Money.Currency.values());

  /**
   * Called by {@code ServiceLoader}.
   */
  public Event_CodecProvider() {
  }

  @Override
  public void registerCodecs() {
    Codecs.register(Event.class, EVENT);
    Codecs.register(Event.Paid.class, EVENT_PAID);
    Codecs.register(Event.Refunded.class, EVENT_REFUNDED);
    Codecs.register(Money.class, MONEY);
    Codecs.register(Money.Currency.class, MONEY_CURRENCY);
  }

  private static final class EventCodec extends NullSafeCodec<Event> {
    @Override
    protected void encodeValue(WireOutput out, Event value) {
      if (value instanceof Event.Paid) {
        out.writeByte(0);
        EVENT_PAID.encode(out, (Event.Paid) value);
      } else if (value instanceof Event.Refunded) {
        out.writeByte(1);
        EVENT_REFUNDED.encode(out, (Event.Refunded) value);
      } else {
        throw new IllegalArgumentException("not a permitted subtype of demo.Event: " + value.getClass().getName());
      }
    }

    @Override
    protected Event decodeValue(WireInput in) {
      byte tag = in.readByte();
      switch (tag) {
        case 0:
          return EVENT_PAID.decode(in);
        case 1:
          return EVENT_REFUNDED.decode(in);
        default:
          throw new CorruptDataException("unknown subtype tag of demo.Event: " + tag);
      }
    }
  }

  private static final class EventPaidCodec extends NullSafeCodec<Event.Paid> {
    @Override
    protected void encodeValue(WireOutput out, Event.Paid value) {
      MONEY.encode(out, value.money());
    }

    @Override
    protected Event.Paid decodeValue(WireInput in) {
      Money money = MONEY.decode(in);
      return new Event.Paid(money);
    }
  }

  private static final class EventRefundedCodec extends NullSafeCodec<Event.Refunded> {
    @Override
    protected void encodeValue(WireOutput out, Event.Refunded value) {
      Codecs.STRING.encode(out, value.reason());
    }

    @Override
    protected Event.Refunded decodeValue(WireInput in) {
      String reason = Codecs.STRING.decode(in);
      return new Event.Refunded(reason);
    }
  }

  private static final class MoneyCodec extends NullSafeCodec<Money> {
    @Override
    protected void encodeValue(WireOutput out, Money value) {
      Codecs.BIG_DECIMAL.encode(out, value.amount());
      MONEY_CURRENCY.encode(out, value.currency());
    }

    @Override
    protected Money decodeValue(WireInput in) {
      BigDecimal amount = Codecs.BIG_DECIMAL.decode(in);
      Money.Currency currency = MONEY_CURRENCY.decode(in);
      return new Money(amount, currency);
    }
  }
}
