package demo;

import java.util.List;

/** What the manager instantiates. */
public class CounterImpl implements Counter {
  private long value;

  @Override
  public int increment(int by) {
    value += by;
    return (int) value;
  }

  @Override
  public void reset() {
    value = 0;
  }

  @Override
  public Counter.Tally tally(String label, List<Integer> extra) {
    return new Counter.Tally(label, value + extra.stream().mapToLong(i -> i).sum());
  }

  @Override
  public String name() {
    return "counter";
  }
}
