package io.github.multiproc.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * What a reader needs to judge the figures: when, on which CPU, with which JDK and Python, how
 * many repeats, and how busy the machine was.
 *
 * @param dateUtc when the run started, e.g. {@code 2026-11-21 10:43 UTC}
 * @param cpu the CPU model from /proc/cpuinfo, or {@code os.arch} elsewhere
 * @param cores the processors this JVM sees
 * @param jdk version and vendor of the JDK that ran the multiproc side
 * @param python CPython's version, or null when it did not run
 * @param repeats runs per side
 * @param loadBefore the 1/5/15-minute load average when the run started, or "n/a"
 * @param loadAfter the same when it ended
 */
record RunInfo(
    String dateUtc,
    String cpu,
    int cores,
    String jdk,
    String python,
    int repeats,
    String loadBefore,
    String loadAfter) {

  /** The facts of this machine now; Python and the final load come later, with {@code with}. */
  static RunInfo now(int repeats) {
    return new RunInfo(
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC)
            .format(Instant.now()),
        cpuModel(),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.runtime.version")
            + " ("
            + System.getProperty("java.vm.vendor")
            + ", "
            + System.getProperty("java.vm.name")
            + ")",
        null,
        repeats,
        loadAverage(),
        null);
  }

  /** This info with CPython's version and the load at the end of the run. */
  RunInfo finish(String pythonVersion) {
    return new RunInfo(dateUtc, cpu, cores, jdk, pythonVersion, repeats, loadBefore, loadAverage());
  }

  /** Markdown lines, one fact each. */
  String markdown() {
    return String.join(
            "\n",
            List.of(
                "- date: " + dateUtc,
                "- CPU: " + cpu + ", " + cores + " cores",
                "- JDK: " + jdk,
                "- Python: " + (python == null ? "not run" : "CPython " + python),
                "- repeats: " + repeats + " per side (medians)",
                "- load average (1, 5, 15 min): "
                    + loadBefore
                    + " at start, "
                    + (loadAfter == null ? "n/a" : loadAfter)
                    + " at end"))
        + "\n";
  }

  /**
   * A note when {@code JAVA_HOME} names another JDK than the one running: {@code java -jar} takes
   * {@code java} from PATH, so a run meant for the JDK of JAVA_HOME (e.g. JDK 25) would measure
   * another one without saying so.
   *
   * @param javaHomeEnv the JAVA_HOME variable, or null when unset
   * @param javaHome this JVM's {@code java.home}
   */
  static Optional<String> javaHomeNote(String javaHomeEnv, String javaHome) {
    if (javaHomeEnv == null
        || javaHomeEnv.isBlank()
        || realPath(javaHomeEnv).equals(realPath(javaHome))) {
      return Optional.empty();
    }
    return Optional.of(
        "JAVA_HOME is "
            + javaHomeEnv
            + ", but this run's JDK is "
            + javaHome
            + " (the `java` on PATH): to measure the JDK of JAVA_HOME, start the benchmark with"
            + " `\"$JAVA_HOME/bin/java\" -jar benchmarks/target/multiproc-benchmarks.jar`.");
  }

  private static Path realPath(String dir) {
    Path p = Path.of(dir).toAbsolutePath().normalize();
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p; // a JAVA_HOME that does not exist differs from the running JDK's, which does
    }
  }

  /** One line for the chart's subtitle. */
  String oneLine() {
    return dateUtc
        + " · "
        + cpu
        + " · JDK "
        + System.getProperty("java.runtime.version")
        + " · "
        + (python == null ? "no CPython" : "CPython " + python);
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: fall through to what the JDK knows.
    }
    return System.getProperty("os.arch") + " (" + System.getProperty("os.name") + ")";
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + ", " + f[1] + ", " + f[2];
    } catch (IOException | RuntimeException e) {
      double l =
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      return l < 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.2f", l);
    }
  }
}
