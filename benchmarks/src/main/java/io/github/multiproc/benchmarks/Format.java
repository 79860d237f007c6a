package io.github.multiproc.benchmarks;

import java.util.Locale;

/** How figures print: few digits for small numbers, thousands grouped for large ones. */
final class Format {
  private Format() {}

  /** A figure: {@code 4,611,925}, {@code 52.8}, {@code 2.98}, {@code 40}; {@code n/a} when missing. */
  static String number(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    double a = Math.abs(v);
    if (a >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (v == Math.rint(v)) {
      return String.format(Locale.ROOT, "%.0f", v); // targets: 40, 2, 1
    }
    if (a >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /**
   * Like {@link #number(double)}, with as many decimals (up to four) as it takes to show which side
   * of {@code bound} the figure is on: 39.96 against a bound of 40 prints {@code 39.96}, not
   * {@code 40.0}. A NaN bound changes nothing.
   */
  static String number(double v, double bound) {
    String text = number(v);
    for (int decimals = 2; decimals <= 4 && !sameSide(text, v, bound); decimals++) {
      text = String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
    return text;
  }

  private static boolean sameSide(String shown, double v, double bound) {
    if (Double.isNaN(v) || Double.isNaN(bound)) {
      return true;
    }
    double printed = Double.parseDouble(shown.replace(",", ""));
    return Math.signum(printed - bound) == Math.signum(v - bound);
  }

  /** A measured ratio: {@code 1.52x}, {@code 0.036x}; {@code n/a} when missing. */
  static String ratio(double r) {
    if (Double.isNaN(r)) {
      return "n/a";
    }
    if (r >= 100) {
      return String.format(Locale.ROOT, "%,.0fx", r);
    }
    return String.format(Locale.ROOT, r < 0.1 ? "%.3fx" : "%.2fx", r);
  }

  /** A share in percent: {@code 52%}, {@code 7.5%}, {@code 0.41%}; {@code n/a} when missing. */
  static String percent(double p) {
    if (Double.isNaN(p)) {
      return "n/a";
    }
    if (p >= 10) {
      return String.format(Locale.ROOT, "%.0f%%", p);
    }
    return String.format(Locale.ROOT, p < 1 ? "%.2f%%" : "%.1f%%", p);
  }
}
