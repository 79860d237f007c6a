package io.github.multiproc.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the CPython side, {@code python3 py_bench.py --json}, one run at a time, so that the
 * benchmark can alternate it with multiproc's runs, and collects its figures. Missing
 * {@code python3} or a missing script is not an error: the table is then multiproc's alone, and
 * the notes say why.
 */
final class PeerRunner {
  private static final long RUN_TIMEOUT_SECONDS = 300;

  /** The {@code python3} to run, or null when the side is skipped (the notes say why). */
  private final Path python;

  private final Path script;
  private final List<Map<String, Double>> runs = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private String version;

  private PeerRunner(Path python, Path script) {
    this.python = python;
    this.script = script;
  }

  /**
   * What the CPython runs gave.
   *
   * @param pythonVersion py_bench's {@code "python"} field, or null when nothing ran
   * @param runs the numeric figures of each successful run
   * @param notes why something is missing, for the table's notes
   */
  record Result(String pythonVersion, List<Map<String, Double>> runs, List<String> notes) {}

  /** The CPython side of {@code script} with the first {@code python3} on PATH, if both exist. */
  static PeerRunner of(Path script) {
    Optional<Path> python = onPath("python3");
    if (python.isEmpty()) {
      return skipped(script, "CPython side skipped: no python3 on PATH.");
    }
    if (!Files.isRegularFile(script)) {
      return skipped(
          script,
          "CPython side skipped: no peer script at " + script + " (give its path with --peer).");
    }
    return new PeerRunner(python.get(), script);
  }

  private static PeerRunner skipped(Path script, String why) {
    PeerRunner peer = new PeerRunner(null, script);
    peer.notes.add(why);
    return peer;
  }

  /** Run {@code k} of {@code repeats}; a failed run is left out, with a note. */
  void runOnce(int k, int repeats) throws InterruptedException {
    if (python == null) {
      return; // skipped: of() said why
    }
    System.err.printf("CPython run %d/%d ...%n", k, repeats);
    try {
      Map<String, Object> json = FlatJson.parse(runScript());
      version = json.get("python") instanceof String v ? v : version;
      runs.add(numbers(json));
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      notes.add("CPython run " + k + " failed and is left out: " + e.getMessage());
    }
  }

  /** What the runs so far gave. */
  Result result() {
    return new Result(version, List.copyOf(runs), List.copyOf(notes));
  }

  /** The numeric fields of one run (drops "python"; "cpus" stays, harmlessly unused). */
  static Map<String, Double> numbers(Map<String, Object> json) {
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    json.forEach(
        (k, v) -> {
          if (v instanceof Double d) {
            out.put(k, d);
          }
        });
    return out;
  }

  private String runScript() throws IOException, InterruptedException {
    // Output to a file, not a pipe: a hung run can then be timed out instead of blocking a read.
    Path out = Files.createTempFile("py_bench", ".json");
    try {
      Process p =
          new ProcessBuilder(python.toString(), script.toString(), "--json")
              .redirectOutput(out.toFile())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      p.getOutputStream().close();
      if (!p.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        throw new IllegalStateException(
            "python3 did not finish within " + RUN_TIMEOUT_SECONDS + " s: killed");
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException("python3 exited with " + p.exitValue());
      }
      String text = Files.readString(out, StandardCharsets.UTF_8).strip();
      // The JSON is the last line: anything a child printed before it is not ours to parse.
      int nl = text.lastIndexOf('\n');
      return nl < 0 ? text : text.substring(nl + 1);
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /** The first executable called {@code name} on PATH, as a shell would find it. */
  static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
