package io.github.multiproc.testing;

/** The implementation the manager instantiates. */
public final class CounterImpl implements Counter {
  private int value;

  @Override
  public int increment(int by) {
    value += by;
    return value;
  }

  @Override
  public int value() {
    return value;
  }
}
