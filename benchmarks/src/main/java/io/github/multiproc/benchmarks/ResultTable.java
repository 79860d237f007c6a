package io.github.multiproc.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The medians of both sides and of the floors set side by side: one {@link Row} per workload, in
 * table order.
 */
record ResultTable(List<Row> rows) {

  /**
   * One line of the table.
   *
   * @param workload what was measured
   * @param cpython CPython's median (NaN when missing)
   * @param multiproc multiproc's median (NaN when missing)
   * @param floor the median of the row's {@link Floor} (NaN when missing or the row has none)
   * @param ratio how many times better multiproc is (above 1: better), NaN when a side is missing
   * @param floorShare multiproc's share of the floor in percent (100: at the floor), or NaN
   * @param met the target's outcome
   */
  record Row(
      Workload workload,
      double cpython,
      double multiproc,
      double floor,
      double ratio,
      double floorShare,
      Target.Met met) {}

  /**
   * Builds the table from the runs of each side: per workload, the median over runs.
   *
   * @param workloads the rows to show, in order
   * @param cpythonRuns each CPython run's figures by py_bench name
   * @param multiprocRuns each multiproc run's figures by row name
   * @param floorRuns each floor run's figures by {@link Floor#key()}
   */
  static ResultTable of(
      List<Workload> workloads,
      List<Map<String, Double>> cpythonRuns,
      List<Map<String, Double>> multiprocRuns,
      List<Map<String, Double>> floorRuns) {
    Map<String, Double> py = medians(cpythonRuns);
    Map<String, Double> mp = medians(multiprocRuns);
    Map<String, Double> fl = medians(floorRuns);
    List<Row> rows = new ArrayList<>();
    for (Workload w : workloads) {
      double c = w.peerKey() == null ? Double.NaN : py.getOrDefault(w.peerKey(), Double.NaN);
      double m = w.javaSide() ? mp.getOrDefault(w.name(), Double.NaN) : Double.NaN;
      double f = w.floor() == null ? Double.NaN : fl.getOrDefault(w.floor().key(), Double.NaN);
      double r = w.ratio(c, m);
      rows.add(
          new Row(
              w,
              c,
              m,
              f,
              r,
              w.floorShare(f, m),
              w.javaSide() ? w.target().check(r, m, mp) : Target.Met.NONE));
    }
    return new ResultTable(List.copyOf(rows));
  }

  /** The floors that {@code workloads} are compared with, each once, in table order. */
  static List<Floor> floorsOf(List<Workload> workloads) {
    return workloads.stream().map(Workload::floor).filter(f -> f != null).distinct().toList();
  }

  /** Per key, the median of its values over all runs. */
  static Map<String, Double> medians(Collection<Map<String, Double>> runs) {
    Map<String, List<Double>> byKey = new LinkedHashMap<>();
    for (Map<String, Double> run : runs) {
      run.forEach((k, v) -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
    }
    Map<String, Double> out = new LinkedHashMap<>();
    byKey.forEach((k, vs) -> out.put(k, Stats.median(vs)));
    return out;
  }

  /** The cells of a row as the text and Markdown tables show them. */
  static List<String> cells(Row row) {
    Workload w = row.workload();
    return List.of(
        w.name(),
        w.peerKey() == null ? "—" : Format.number(row.cpython()),
        w.javaSide() ? Format.number(row.multiproc(), w.target().maxValue()) : "—",
        w.floor() == null ? "—" : Format.number(row.floor()),
        Format.ratio(row.ratio()),
        w.floor() == null ? "—" : Format.percent(row.floorShare()),
        w.javaSide() ? w.target().text() : "—",
        row.met().label());
  }

  /** The header of both tables. */
  static final List<String> HEADER =
      List.of("workload", "CPython", "multiproc", "floor", "ratio", "of floor", "target", "met");

  /** Which columns hold figures (right-aligned in both tables). */
  static boolean isFigure(int column) {
    return column >= 1 && column <= 5;
  }
}
