package io.github.multiproc.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs the samples CLI in a JVM of its own, as a user would, and captures what it prints.
 *
 * <p>Capturing {@code System.out} in the test JVM would miss the children's lines: each child
 * writes to the stdout it inherited, the real one. In a separate JVM whose stdout is a file, the
 * CLI and its children all write to that file.
 */
final class SamplesCli {
  /** What one run printed and how it ended. */
  record Run(long pid, int exitCode, String out, String err, List<Long> leftovers) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  private SamplesCli() {}

  /** Runs {@code java -cp <this class path> ...Main args}; kills it and its children on a hang. */
  static Run main(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return run(command);
  }

  /** The pids of {@code children} still alive 2 s after the CLI ended: none should be. */
  private static List<Long> survivors(Set<ProcessHandle> children) {
    List<Long> alive = new ArrayList<>();
    for (ProcessHandle child : children) {
      try {
        child.onExit().get(2, TimeUnit.SECONDS);
      } catch (Exception e) {
        if (child.isAlive()) {
          alive.add(child.pid());
        }
      }
    }
    return alive;
  }

  /** Runs {@code command}; its stdout and stderr go to files so that no pipe can fill up. */
  static Run run(List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("samples-out", ".txt");
    Path err = Files.createTempFile("samples-err", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    process.getOutputStream().close();
    // Every process the CLI started, seen while it ran: once it exits, its orphans are no longer
    // its descendants, so they have to be collected now to be found (and killed) later.
    Set<ProcessHandle> seen = ConcurrentHashMap.newKeySet();
    Thread watcher =
        new Thread(
            () -> {
              while (process.isAlive()) {
                process.descendants().forEach(seen::add);
                try {
                  Thread.sleep(20);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "samples-cli-watcher");
    watcher.setDaemon(true);
    watcher.start();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        throw new AssertionError("samples CLI still running after 60 s: " + command);
      }
      watcher.join(1000);
      return new Run(
          process.pid(),
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8),
          survivors(seen));
    } finally {
      // Leave no process behind, whatever happened above.
      watcher.interrupt();
      process.descendants().forEach(seen::add);
      seen.forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
