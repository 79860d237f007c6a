package io.github.multiproc.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * The ratios as a horizontal bar chart in hand-written SVG: one bar per workload that has a ratio,
 * drawn on a log scale from the 1x line (right: multiproc better, left: CPython better), green when
 * its target is met, red when missed, grey without a target, with a black tick at the target.
 */
final class SvgChart {
  private static final int LABEL_WIDTH = 270;
  private static final int PLOT_WIDTH = 440;
  private static final int VALUE_WIDTH = 120;
  private static final int ROW_HEIGHT = 26;
  private static final int TOP = 74;
  private static final int BOTTOM = 44;
  private static final int WIDTH = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH + 20;

  private SvgChart() {}

  /** The chart of {@code table}'s finite ratios; {@code subtitle} says which run made it. */
  static String render(ResultTable table, String subtitle) {
    List<ResultTable.Row> rows =
        table.rows().stream().filter(r -> Double.isFinite(r.ratio()) && r.ratio() > 0).toList();
    double lo = 1;
    double hi = 1;
    for (ResultTable.Row r : rows) {
      lo = Math.min(lo, Math.min(r.ratio(), target(r)));
      hi = Math.max(hi, Math.max(r.ratio(), target(r)));
    }
    // Whole decades, at least 0.1x to 10x, so that the grid reads as 0.1x, 1x, 10x.
    int loDecade = (int) Math.min(-1, Math.floor(Math.log10(lo)));
    int hiDecade = (int) Math.max(1, Math.ceil(Math.log10(hi)));
    int height = TOP + Math.max(1, rows.size()) * ROW_HEIGHT + BOTTOM;
    int plotBottom = TOP + Math.max(1, rows.size()) * ROW_HEIGHT;

    StringBuilder b = new StringBuilder();
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " font-family=\"sans-serif\" font-size=\"12\">%n",
            WIDTH,
            height,
            WIDTH,
            height));
    b.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n",
            WIDTH,
            height));
    b.append(
        String.format(
            Locale.ROOT,
            "<text x=\"10\" y=\"20\" font-size=\"14\" font-weight=\"bold\">"
                + "multiproc vs CPython multiprocessing: times better (log scale, right of 1x = multiproc"
                + " better)</text>%n"));
    b.append(
        String.format(
            Locale.ROOT, "<text x=\"10\" y=\"38\" fill=\"#555555\">%s</text>%n", escape(subtitle)));
    b.append(
        String.format(
            Locale.ROOT,
            "<text x=\"10\" y=\"56\" fill=\"#555555\">%s</text>%n",
            escape(
                "bars: green = target met, red = missed, grey = no target; black tick = target")));

    for (int d = loDecade; d <= hiDecade; d++) {
      double x = x(Math.pow(10, d), loDecade, hiDecade);
      b.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"%s\"/>%n",
              x,
              TOP - 6,
              x,
              plotBottom,
              d == 0 ? "#333333" : "#dddddd",
              d == 0 ? "1.5" : "1"));
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555555\">%s</text>%n",
              x,
              plotBottom + 18,
              escape(decadeLabel(d))));
    }

    double one = x(1, loDecade, hiDecade);
    for (int i = 0; i < rows.size(); i++) {
      ResultTable.Row r = rows.get(i);
      int y = TOP + i * ROW_HEIGHT;
      double xr = x(r.ratio(), loDecade, hiDecade);
      double left = Math.min(one, xr);
      double width = Math.max(1, Math.abs(xr - one));
      String color =
          switch (r.met()) {
            case MET -> "#2e7d32";
            case MISSED -> "#c62828";
            case NONE -> "#9e9e9e";
          };
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
              LABEL_WIDTH - 8,
              y + 17,
              escape(r.workload().name())));
      b.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
              left,
              y + 5,
              width,
              ROW_HEIGHT - 10,
              color));
      double t = target(r);
      if (r.workload().javaSide() && !Double.isNaN(r.workload().target().minRatio())) {
        double xt = x(t, loDecade, hiDecade);
        b.append(
            String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#000000\" stroke-width=\"2\"/>%n",
                xt,
                y + 1,
                xt,
                y + ROW_HEIGHT - 1));
      }
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\">%s</text>%n",
              LABEL_WIDTH + PLOT_WIDTH + 12,
              y + 17,
              escape(Format.ratio(r.ratio()) + " " + r.met().label().replace("—", ""))));
    }
    if (rows.isEmpty()) {
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\">%s</text>%n",
              LABEL_WIDTH,
              TOP + 17,
              escape("no ratios: the CPython side did not run")));
    }
    b.append("</svg>\n");
    return b.toString();
  }

  /** The row's target ratio, or 1 when it has none (so it does not widen the axis). */
  private static double target(ResultTable.Row r) {
    double t = r.workload().target().minRatio();
    return Double.isNaN(t) ? 1 : t;
  }

  private static double x(double ratio, int loDecade, int hiDecade) {
    double f = (Math.log10(ratio) - loDecade) / (hiDecade - loDecade);
    return LABEL_WIDTH + Math.max(0, Math.min(1, f)) * PLOT_WIDTH;
  }

  private static String decadeLabel(int d) {
    return d >= 0
        ? String.format(Locale.ROOT, "%,.0fx", Math.pow(10, d))
        : String.format(Locale.ROOT, "%." + (-d) + "fx", Math.pow(10, d));
  }

  /** XML text escaping: names and notes could hold any character. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
