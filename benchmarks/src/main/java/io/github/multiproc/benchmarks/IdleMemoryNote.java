package io.github.multiproc.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * Sets {@code idle_child_rss_mib}, read half a second after the child's start, beside the same
 * child's resident memory a few seconds later. By then the JVM has handed the memory its start-up
 * work used (its compilers', its class loading's) back to the C library, which it does every 5 s,
 * and, where the child trims its C heap (JDK 22 and later, {@code -XX:TrimNativeHeapInterval}),
 * the system has it back too.
 */
final class IdleMemoryNote {
  /** When the child is read again: after the JVM's first 5-second clean-up and a trim after it. */
  static final long LATER_MILLIS = 7_000;

  private IdleMemoryNote() {}

  /** The note, from the median of the later readings; none without them or the row's median. */
  static List<String> notes(List<Double> later, Double rowMedian) {
    double median = Stats.median(later);
    if (Double.isNaN(median) || rowMedian == null || rowMedian.isNaN()) {
      return List.of();
    }
    return List.of(
        String.format(
            Locale.ROOT,
            "`%s`, the same child %.0f s after its start (median of %d runs): %.1f MiB, against"
                + " %.1f MiB at %.1f s.",
            Workload.IDLE_RSS,
            LATER_MILLIS / 1000.0,
            later.size(),
            median,
            rowMedian,
            FloorSide.IDLE_RSS_AFTER_MILLIS / 1000.0));
  }
}
