package demo;

import io.github.multiproc.annotation.Pooled;
import io.github.multiproc.annotation.Worker;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Workers that receive shared objects. */
public class Bumper {
  @Worker
  public static int bump(Counter counter, ConcurrentMap<String, Integer> seen) {
    seen.put("bumped", 1);
    return counter.increment(1);
  }

  @Pooled
  static void record(Counter counter, ConcurrentHashMap<String, Long> totals) {
    totals.merge("calls", 1L, Long::sum);
    counter.reset();
  }
}
