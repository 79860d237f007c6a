package io.github.multiproc.samples.objects;

import io.github.multiproc.annotation.Worker;

/** Names the record {@link Greeting} in a worker signature; nothing else here sends it. */
public final class Greetings {
  private Greetings() {}

  /** A record only {@link #greet}'s signature names. */
  public record Greeting(String text, int times) {}

  /** Never run by the tests: it is here so that the processor generates Greeting's codec. */
  @Worker
  static String greet(Greeting greeting) {
    return greeting.text().repeat(greeting.times());
  }
}
