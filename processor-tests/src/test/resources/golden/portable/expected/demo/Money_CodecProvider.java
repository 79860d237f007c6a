package demo;

import io.github.multiproc.wire.Codec;
import io.github.multiproc.wire.CodecProvider;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.NullSafeCodec;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.math.BigDecimal;
import javax.annotation.processing.Generated;

/**
 * Registers the codec of the {@code @Portable} type {@link Money} (and of the types it contains) so
 * it can travel as an {@code Object}, for example in a queue. Listed in
 * {@code META-INF/services/io.github.multiproc.wire.CodecProvider}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class Money_CodecProvider implements CodecProvider {
  static final Codec<Money> MONEY = new MoneyCodec();

  static final Codec<Money.Currency> MONEY_CURRENCY = Codecs.enumOf(Money.Currency.values());

  /**
   * Called by {@code ServiceLoader}.
   */
  public Money_CodecProvider() {
  }

  @Override
  public void registerCodecs() {
    Codecs.register(Money.class, MONEY);
    Codecs.register(Money.Currency.class, MONEY_CURRENCY);
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
