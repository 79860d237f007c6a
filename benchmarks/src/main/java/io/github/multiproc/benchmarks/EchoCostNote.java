package io.github.multiproc.benchmarks;

import io.github.multiproc.benchmarks.ProcStatus.CpuAndFaults;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Says where the time of {@code pipe_bulk_1MiB_GBps}'s timed echoes went in the kernel: the page
 * faults and kernel seconds of the echoing child and of this JVM, read from /proc around the timed
 * loop of each run. Python's {@code recv_bytes} and multiproc's {@code recvBytes} return a new
 * object per message, and a JVM started for the row puts each new 1 MiB array on heap memory it
 * has not touched before while its young generation grows; the note shows that cost in the same
 * run as the row.
 */
final class EchoCostNote {
  /** Bytes of memory one minor fault maps outside huge pages: a 4 KiB page. */
  private static final double PAGE_BYTES = 4096;

  /** One timed echo loop: what the child and this JVM did during it, and how long it took. */
  record EchoCost(CpuAndFaults child, CpuAndFaults parent, double seconds) {}

  private EchoCostNote() {}

  /** The note, from the medians of the runs' costs; none without a cost (not Linux, no row). */
  static List<String> notes(List<EchoCost> costs) {
    if (costs.isEmpty()) {
      return List.of();
    }
    double childFaults = median(costs, c -> c.child().minorFaults());
    return List.of(
        String.format(
            Locale.ROOT,
            "`%s`, in its timed echoes (medians of %d runs, from /proc): the echoing child, a JVM"
                + " started for the row, made %,.0f minor page faults (%.0f MiB of 4 KiB pages it"
                + " touched for the first time: each message it receives is a new 1 MiB array,"
                + " and its young generation grows under them) and spent %.2f s in the kernel and"
                + " %.2f s in user code; this JVM made %,.0f faults and spent %.2f s in the"
                + " kernel; the echoes took %.2f s.",
            Workload.PIPE_BULK,
            costs.size(),
            childFaults,
            childFaults * PAGE_BYTES / (1 << 20),
            median(costs, c -> c.child().kernelSeconds()),
            median(costs, c -> c.child().userSeconds()),
            median(costs, c -> c.parent().minorFaults()),
            median(costs, c -> c.parent().kernelSeconds()),
            median(costs, EchoCost::seconds)));
  }

  private static double median(List<EchoCost> costs, ToDoubleFunction<EchoCost> figure) {
    return Stats.median(costs.stream().map(c -> figure.applyAsDouble(c)).toList());
  }
}
