package io.github.multiproc.benchmarks;

import io.github.multiproc.internal.cds.ClassDataArchive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark command: runs CPython's {@code py_bench.py}, the same workloads on multiproc and
 * the plain-JDK floors of those workloads ({@link FloorSide}), the three taking turns run by run,
 * prints one table (workload, CPython, multiproc, floor, ratio, share of the floor, target, met),
 * writes it as {@code results-jdkN.md} and {@code ratios-jdkN.svg} (N the running JDK's feature
 * release), and with {@code --docs} puts it into that JDK's section of {@code docs/benchmarks.md}.
 */
public final class Main {
  /** Two: the second round's pool workers find the archive the first round's children trained. */
  private static final int WARM_UP_ROUNDS = 2;

  /** How long a warm-up round waits for class-data training; a training JVM gets 60 s. */
  private static final long TRAINING_WAIT_MILLIS = 150_000;

  private Main() {}

  /** See {@link Options#USAGE}; exits 2 on a bad argument. */
  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(Options.USAGE + Options.names());
      System.exit(2);
      return;
    }
    try {
      checkOutputs(options, runningJdk());
    } catch (IllegalArgumentException | IOException e) {
      System.err.println("cannot write the results: " + e.getMessage());
      System.exit(2);
      return;
    }
    run(options);
  }

  /**
   * Fails before minutes of measuring, not after: the output directory must be writable and the
   * docs file, when given, must have the two markers of JDK {@code jdk}'s section.
   */
  static void checkOutputs(Options options, int jdk) throws IOException {
    Files.createDirectories(options.out());
    if (!Files.isWritable(options.out())) {
      throw new IllegalArgumentException(options.out() + " is not writable: choose --out DIR");
    }
    if (options.docs() != null) {
      if (!Files.isRegularFile(options.docs())) {
        throw new IllegalArgumentException(
            "no file at "
                + options.docs().toAbsolutePath()
                + ": give --docs the path of docs/benchmarks.md (run from the repository root)");
      }
      try {
        DocsSection.replace(Files.readString(options.docs(), StandardCharsets.UTF_8), jdk, "");
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(options.docs() + ": " + e.getMessage(), e);
      }
    }
  }

  /** The feature release of the JDK running this benchmark, which names its outputs: 17, 25. */
  static int runningJdk() {
    return Runtime.version().feature();
  }

  static void run(Options options) throws Exception {
    RunInfo info = RunInfo.now(options.repeats());
    List<String> runNotes = new ArrayList<>();
    RunInfo.javaHomeNote(System.getenv("JAVA_HOME"), System.getProperty("java.home"))
        .ifPresent(
            note -> {
              System.err.println("note: " + note);
              runNotes.add(note);
            });

    PeerRunner cpython = PeerRunner.of(options.peer());
    List<String> names =
        options.workloads().stream().filter(Workload::javaSide).map(Workload::name).toList();
    JavaSide java = new JavaSide(Sizes.PY_BENCH);
    FloorSide floor = new FloorSide(Sizes.PY_BENCH);
    List<Floor> floors = new ArrayList<>(ResultTable.floorsOf(options.workloads()));
    floors.addAll(ArrayFloorNote.floors(options.workloads()));
    warmUp(java, names);
    java.takeEchoCosts(); // the warm-up's, not timed
    java.takeLaterIdleRss();
    // The sides take turns, run by run: a slow spell of a shared machine then costs every side a
    // run, not one side all of its runs (CPython's pool map median alone moved between 3.7M and
    // 6.7M tasks/s from one sequential run of the benchmark to the next).
    List<Map<String, Double>> javaRuns = new ArrayList<>();
    List<Map<String, Double>> floorRuns = new ArrayList<>();
    for (int k = 1; k <= options.repeats(); k++) {
      cpython.runOnce(k, options.repeats());
      System.err.printf("multiproc run %d/%d ...%n", k, options.repeats());
      javaRuns.add(runRound("multiproc", names, java::measure, runNotes));
      if (!floors.isEmpty()) {
        System.err.printf("floor run %d/%d ...%n", k, options.repeats());
        floorRuns.add(
            runRound(
                "floor",
                floors.stream().map(Floor::key).toList(),
                key -> floor.measure(Floor.ofKey(key)),
                runNotes));
      }
    }
    PeerRunner.Result peer = cpython.result();
    runNotes.addAll(0, peer.notes());
    runNotes.addAll(ClusterSide.overheadNotes(ResultTable.medians(javaRuns)));
    runNotes.addAll(
        ArrayFloorNote.notes(
            ResultTable.medians(peer.runs()),
            ResultTable.medians(javaRuns),
            ResultTable.medians(floorRuns)));
    runNotes.addAll(EchoCostNote.notes(java.takeEchoCosts()));
    runNotes.addAll(
        IdleMemoryNote.notes(
            java.takeLaterIdleRss(), ResultTable.medians(javaRuns).get(Workload.IDLE_RSS)));

    info = info.finish(peer.pythonVersion());
    ResultTable table = ResultTable.of(options.workloads(), peer.runs(), javaRuns, floorRuns);
    System.out.println();
    System.out.print(TableWriters.text(table));
    System.out.println();
    System.out.print(info.markdown());
    runNotes.forEach(n -> System.out.println("note: " + n));

    writeResults(options, runningJdk(), info, table, runNotes);
  }

  /**
   * Writes {@code results-jdkN.md} and {@code ratios-jdkN.svg} to {@code --out} and, with
   * {@code --docs}, JDK {@code jdk}'s section of that file. The names carry the JDK, so that a run
   * on JDK 25 leaves JDK 17's chart, which the docs show beside JDK 17's table, as it was.
   */
  static void writeResults(
      Options options, int jdk, RunInfo info, ResultTable table, List<String> runNotes)
      throws IOException {
    Path out = options.out();
    Files.createDirectories(out);
    Path svg = out.resolve("ratios-jdk" + jdk + ".svg");
    Files.writeString(svg, SvgChart.render(table, info.oneLine()), StandardCharsets.UTF_8);
    Path md = out.resolve("results-jdk" + jdk + ".md");
    Files.writeString(
        md,
        "# multiproc vs CPython multiprocessing, JDK "
            + jdk
            + "\n\n"
            + Report.markdown(info, table, svg.getFileName().toString(), runNotes),
        StandardCharsets.UTF_8);
    System.out.println("wrote " + md + " and " + svg);

    if (options.docs() != null) {
      Path docs = options.docs();
      String link = relativeLink(docs, svg);
      String text = Files.readString(docs, StandardCharsets.UTF_8);
      Files.writeString(
          docs,
          DocsSection.replace(text, jdk, Report.markdown(info, table, link, runNotes)),
          StandardCharsets.UTF_8);
      System.out.println("updated the JDK " + jdk + " section of " + docs);
    }
  }

  /**
   * Untimed rounds before the timed ones. Each waits at its end for the class-data archives its
   * children started training (one per set of child JVM flags, one training at a time; pool
   * workers have flags of their own), so the timed rounds see the archives a user's later runs
   * map: they persist across runs, and only the first run of a new build trains them.
   */
  private static void warmUp(JavaSide java, List<String> names) throws Exception {
    for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
      System.err.printf("multiproc warm-up round %d/%d (untimed) ...%n", round, WARM_UP_ROUNDS);
      runRound("multiproc", names, java::measure, new ArrayList<>());
      if (!ClassDataArchive.awaitTraining(TRAINING_WAIT_MILLIS)) {
        System.err.println("class-data training still runs; timing anyway");
      }
    }
  }

  /** One figure of the measurement called {@code name}: a workload of a side, or a floor. */
  private interface Measurement {
    double measure(String name) throws Exception;
  }

  /**
   * One round of every workload (or floor) of a side. A workload that fails gets no figure for this
   * round (NaN) and a note, so that one broken workload does not hide all the others.
   *
   * @param side how notes name the side: {@code multiproc} or {@code floor}
   */
  private static Map<String, Double> runRound(
      String side, List<String> names, Measurement measurement, List<String> notes)
      throws InterruptedException {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String name : names) {
      try {
        out.put(name, measurement.measure(name));
      } catch (InterruptedException e) {
        throw e;
      } catch (Exception | Error e) {
        if (e instanceof Error && !(e instanceof AssertionError)) {
          throw (Error) e;
        }
        e.printStackTrace();
        out.put(name, Double.NaN);
        notes.add(side + " `" + name + "` failed in a run and has no figure for it: " + e);
      }
    }
    return out;
  }

  /** The chart's path as seen from the docs file's directory, with forward slashes for Markdown. */
  static String relativeLink(Path docs, Path target) {
    Path base = docs.toAbsolutePath().normalize().getParent();
    Path rel = base.relativize(target.toAbsolutePath().normalize());
    return rel.toString().replace('\\', '/');
  }
}
