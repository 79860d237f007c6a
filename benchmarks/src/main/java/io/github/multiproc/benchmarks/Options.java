package io.github.multiproc.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line: {@code [--repeats N] [--peer PATH] [--out DIR] [--docs docs/benchmarks.md]
 * [--only name,name...]}.
 *
 * @param repeats runs per side; the medians are over these
 * @param peer py_bench.py
 * @param out where results-jdkN.md and ratios-jdkN.svg go
 * @param docs the Markdown file whose section for the running JDK is replaced, or null
 * @param workloads the rows to run and show
 */
record Options(int repeats, Path peer, Path out, Path docs, List<Workload> workloads) {

  static final String USAGE =
      "usage: java -jar benchmarks/target/multiproc-benchmarks.jar"
          + " [--repeats N] [--peer PATH] [--out DIR] [--docs docs/benchmarks.md]"
          + " [--only name,name...]\n"
          + "  --repeats N   runs per side, medians over them (default 5)\n"
          + "  --peer PATH   CPython's py_bench.py (default ../shared/peer/py_bench.py)\n"
          + "  --out DIR     where results-jdkN.md and ratios-jdkN.svg go, N the running JDK's"
          + " release (default benchmarks/results)\n"
          + "  --docs FILE   replace the text between the running JDK's benchmark markers of FILE\n"
          + "  --only NAMES  comma-separated rows (CPython's py_bench still runs whole), of: ";

  /**
   * Parses {@code args}.
   *
   * @throws IllegalArgumentException saying which argument is wrong and what is expected
   */
  static Options parse(String... args) {
    int repeats = 5;
    Path peer = Path.of("..", "shared", "peer", "py_bench.py");
    Path out = Path.of("benchmarks", "results");
    Path docs = null;
    List<Workload> workloads = Workload.ALL;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--repeats" -> {
          String v = value(args, ++i, a);
          try {
            repeats = Integer.parseInt(v);
          } catch (NumberFormatException e) {
            repeats = 0;
          }
          if (repeats < 1) {
            throw new IllegalArgumentException(
                "--repeats needs a whole number of 1 or more, not " + v);
          }
        }
        case "--peer" -> peer = Path.of(value(args, ++i, a));
        case "--out" -> out = Path.of(value(args, ++i, a));
        case "--docs" -> docs = Path.of(value(args, ++i, a));
        case "--readme" ->
            throw new IllegalArgumentException(
                "--readme is gone: the figures moved"
                    + " from README.md to docs/benchmarks.md; give --docs docs/benchmarks.md instead");
        case "--only" -> workloads = only(value(args, ++i, a));
        default -> throw new IllegalArgumentException("unknown argument " + a);
      }
    }
    return new Options(repeats, peer, out, docs, workloads);
  }

  /** Every workload name, for the usage text and errors. */
  static String names() {
    return String.join(", ", Workload.ALL.stream().map(Workload::name).toList());
  }

  private static List<Workload> only(String csv) {
    List<Workload> chosen = new ArrayList<>();
    for (String name : csv.split(",")) {
      String n = name.trim();
      if (n.isEmpty()) {
        continue;
      }
      chosen.add(
          Workload.named(n)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "--only: no workload named " + n + "; the workloads are: " + names())));
    }
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException("--only needs at least one workload name, of: " + names());
    }
    // Table order, whatever order they were given in.
    return Workload.ALL.stream().filter(chosen::contains).toList();
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
