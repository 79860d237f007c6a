package io.github.multiproc.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads a process's resident set size (psutil's {@code memory_info().rss}), its CPU times
 * (psutil's {@code cpu_times()}) and its minor page faults from Linux's /proc.
 */
final class ProcStatus {
  /**
   * The unit of the times in /proc/&lt;pid&gt;/stat: USER_HZ, which Linux fixes at 100 for user
   * space whatever the kernel's own tick.
   */
  private static final double TICKS_PER_SECOND = 100;

  /** A process's minor page faults and CPU seconds so far, or between two readings. */
  record CpuAndFaults(long minorFaults, double userSeconds, double kernelSeconds) {
    /** What this process did between {@code earlier} and this reading. */
    CpuAndFaults since(CpuAndFaults earlier) {
      return new CpuAndFaults(
          minorFaults - earlier.minorFaults,
          userSeconds - earlier.userSeconds,
          kernelSeconds - earlier.kernelSeconds);
    }
  }

  private ProcStatus() {}

  /** {@code pid}'s faults and CPU times from /proc/&lt;pid&gt;/stat; empty where it is missing. */
  static Optional<CpuAndFaults> cpuAndFaults(long pid) throws IOException {
    return read(pid, "stat").map(ProcStatus::parseStat);
  }

  /**
   * One /proc/&lt;pid&gt;/stat line: fields 10 (minflt), 14 (utime) and 15 (stime), counted after
   * the command name, which is in parentheses and may itself hold spaces and parentheses.
   */
  static CpuAndFaults parseStat(String line) {
    int end = line.lastIndexOf(") ");
    if (end < 0) {
      throw new IllegalArgumentException("unexpected /proc stat line: " + line);
    }
    String[] fields = line.substring(end + 2).trim().split(" ");
    if (fields.length < 13) {
      throw new IllegalArgumentException("too few fields in /proc stat line: " + line);
    }
    // fields[0] is field 3 (state), so field n is fields[n - 3].
    return new CpuAndFaults(
        Long.parseLong(fields[7]),
        Long.parseLong(fields[11]) / TICKS_PER_SECOND,
        Long.parseLong(fields[12]) / TICKS_PER_SECOND);
  }

  /** VmRSS of {@code pid} in MiB, or empty where /proc does not exist (not Linux). */
  static OptionalDouble vmRssMib(long pid) throws IOException {
    Optional<String> status = read(pid, "status");
    return status.isPresent()
        ? OptionalDouble.of(parseVmRssMib(status.get().lines().toList()))
        : OptionalDouble.empty();
  }

  /** /proc/&lt;pid&gt;/&lt;file&gt;, or empty where /proc does not exist (not Linux). */
  private static Optional<String> read(long pid, String file) throws IOException {
    if (!Files.isDirectory(Path.of("/proc/self"))) {
      return Optional.empty();
    }
    Path path = Path.of("/proc", Long.toString(pid), file);
    try {
      return Optional.of(Files.readString(path));
    } catch (NoSuchFileException e) {
      throw new IllegalStateException("process " + pid + " is gone: no " + path, e);
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
