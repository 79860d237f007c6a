package demo;

import io.github.multiproc.annotation.Portable;

@Portable
public sealed interface Event permits Event.Paid, Event.Refunded {
  record Paid(Money money) implements Event {}

  record Refunded(String reason) implements Event {}
}
