package io.github.multiproc.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

/** Reads a process's resident set size from Linux's /proc (psutil's {@code memory_info().rss}). */
final class ProcStatus {
  private ProcStatus() {}

  /** VmRSS of {@code pid} in MiB, or empty where /proc does not exist (not Linux). */
  static OptionalDouble vmRssMib(long pid) throws IOException {
    Path status = Path.of("/proc", Long.toString(pid), "status");
    if (!Files.isDirectory(Path.of("/proc/self"))) {
      return OptionalDouble.empty();
    }
    try {
      return OptionalDouble.of(parseVmRssMib(Files.readAllLines(status)));
    } catch (NoSuchFileException e) {
      throw new IllegalStateException("process " + pid + " is gone: no " + status, e);
    }
  }

  /** The {@code VmRSS:   12345 kB} line of a status file, in MiB. */
  static double parseVmRssMib(List<String> statusLines) {
    for (String line : statusLines) {
      if (line.startsWith("VmRSS:")) {
        String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
        if (parts.length == 2 && parts[1].equals("kB")) {
          return Long.parseLong(parts[0]) / 1024.0;
        }
        throw new IllegalArgumentException("unexpected VmRSS line in /proc status: " + line);
      }
    }
    throw new IllegalArgumentException(
        "no VmRSS line in /proc status (a kernel thread or zombie?)");
  }
}
