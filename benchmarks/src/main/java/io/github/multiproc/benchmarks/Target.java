package io.github.multiproc.benchmarks;

import java.util.Map;

/**
 * A goal of issue 6 for one row: a minimum ratio to CPython, a maximum absolute value, and/or a
 * maximum multiple of another row (start+join within 1.5x a hello-world {@code java}). Unset
 * bounds are NaN / null; a target with no bound is "report only".
 *
 * @param text how the target reads in the table, e.g. {@code ≥ 2x}
 * @param minRatio the ratio (multiproc's advantage) must be at least this
 * @param maxValue multiproc's figure must be below this (e.g. 40 MiB)
 * @param ofRow the row {@code maxTimesOf} refers to, or null
 * @param maxTimesOf multiproc's figure must be at most this multiple of row {@code ofRow}'s
 */
record Target(String text, double minRatio, double maxValue, String ofRow, double maxTimesOf) {

  /** No goal: the figure is only reported. */
  static Target none() {
    return new Target("report", Double.NaN, Double.NaN, null, Double.NaN);
  }

  /** Multiproc at least {@code ratio} times better than CPython. */
  static Target ratio(double ratio) {
    return new Target("≥ " + Format.number(ratio) + "x", ratio, Double.NaN, null, Double.NaN);
  }

  /** Multiproc's figure below {@code max} (a "lower is better" figure, e.g. memory). */
  static Target below(double max, String unit) {
    return new Target("< " + Format.number(max) + " " + unit, Double.NaN, max, null, Double.NaN);
  }

  /** Adds "and at most {@code times} x row {@code row}" to this target. */
  Target andAtMostTimes(double times, String row) {
    return new Target(
        text + ", ≤ " + Format.number(times) + "x " + row, minRatio, maxValue, row, times);
  }

  /** Whether any bound is set; without one there is nothing to meet or miss. */
  boolean hasGoal() {
    return !Double.isNaN(minRatio) || !Double.isNaN(maxValue) || ofRow != null;
  }

  /**
   * Met, missed, or not decidable (a bound whose figure is missing, e.g. no CPython run).
   *
   * @param ratio multiproc's advantage over CPython (NaN when there is none)
   * @param value multiproc's figure
   * @param multiprocMedians every row's multiproc figure, for {@code ofRow}
   */
  Met check(double ratio, double value, Map<String, Double> multiprocMedians) {
    if (!hasGoal()) {
      return Met.NONE;
    }
    boolean ok = true;
    if (!Double.isNaN(minRatio)) {
      if (Double.isNaN(ratio)) {
        return Met.NONE;
      }
      ok &= ratio >= minRatio;
    }
    if (!Double.isNaN(maxValue)) {
      if (Double.isNaN(value)) {
        return Met.NONE;
      }
      ok &= value < maxValue;
    }
    if (ofRow != null) {
      double other = multiprocMedians.getOrDefault(ofRow, Double.NaN);
      if (Double.isNaN(other) || Double.isNaN(value)) {
        return Met.NONE;
      }
      ok &= value <= maxTimesOf * other;
    }
    return ok ? Met.MET : Met.MISSED;
  }

  /** The outcome of a {@link #check}. */
  enum Met {
    MET("met"),
    MISSED("missed"),
    NONE("—");

    private final String label;

    Met(String label) {
      this.label = label;
    }

    /** How the table shows it. */
    String label() {
      return label;
    }
  }
}
