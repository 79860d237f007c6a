package io.github.multiproc.benchmarks;

import java.util.Arrays;
import java.util.Collection;

/** Python's {@code statistics.median}, over the finite values of repeated runs. */
final class Stats {
  private Stats() {}

  /**
   * The median of the finite values (the mean of the two middle ones for an even count); NaN when
   * there is none, so a workload that could not be measured stays visibly unmeasured.
   */
  static double median(Collection<Double> values) {
    double[] v =
        values.stream()
            .filter(d -> d != null && Double.isFinite(d))
            .mapToDouble(Double::doubleValue)
            .sorted()
            .toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    int mid = v.length / 2;
    return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  }

  /** For tests and callers holding an array. */
  static double median(double... values) {
    return median(Arrays.stream(values).boxed().toList());
  }
}
