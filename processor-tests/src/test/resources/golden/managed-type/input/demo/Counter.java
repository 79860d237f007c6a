package demo;

import io.github.multiproc.annotation.Managed;
import java.util.List;

/** A counter the manager holds; workers update it through proxies. */
@Managed(implementation = CounterImpl.class)
public interface Counter extends Named {
  /** A tally that travels as a record. */
  record Tally(String label, long total) {}

  int increment(int by);

  void reset();

  Tally tally(String label, List<Integer> extra) throws java.io.IOException;

  /** Not shared: runs in the caller, through the proxy. */
  default int incrementTwice() {
    return increment(1) + increment(1);
  }

  @Override
  String toString();
}
