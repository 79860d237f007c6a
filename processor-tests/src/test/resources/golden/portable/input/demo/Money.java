package demo;

import io.github.multiproc.annotation.Portable;
import java.math.BigDecimal;

@Portable
public record Money(BigDecimal amount, Currency currency) {
  public enum Currency { EUR, USD }
}
