package io.github.multiproc.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sets {@code pipe_bulk_1MiB_GBps} beside a second floor, {@link Floor#SOCKET_BULK_ARRAYS}: the raw
 * socket echo with each message copied through one reused {@code byte[]} at both ends. The row's
 * floor column is the raw echo between native buffers, which no API that takes and returns {@code
 * byte[]} reaches through a socket, since the JDK writes a heap array to a socket only through a
 * copy in native memory and reads one likewise. The note says how the pipe, which moves messages of
 * this size through shared memory instead, compares with what a socket does for such an API.
 */
final class ArrayFloorNote {
  private ArrayFloorNote() {}

  /** The floors this note needs beyond the rows' own: measured when the pipe bulk row runs. */
  static List<Floor> floors(List<Workload> workloads) {
    return workloads.stream().anyMatch(w -> w.name().equals(Workload.PIPE_BULK))
        ? List.of(Floor.SOCKET_BULK_ARRAYS)
        : List.of();
  }

  /** The note, from the medians of the run; none when a figure is missing. */
  static List<String> notes(
      Map<String, Double> cpython, Map<String, Double> multiproc, Map<String, Double> floors) {
    Double pipe = multiproc.get(Workload.PIPE_BULK);
    Double arrays = floors.get(Floor.SOCKET_BULK_ARRAYS.key());
    if (pipe == null || arrays == null || pipe.isNaN() || arrays.isNaN()) {
      return List.of();
    }
    String note =
        String.format(
            Locale.ROOT,
            "`%s` against `%s`, the raw echo with each message copied out of a `byte[]` before"
                + " it is written and back into it after it is read, at both ends (the copies that"
                + " an API taking and returning `byte[]` adds to the kernel's, without even a new"
                + " array per message): %.2f against %.2f GB/s, %.0f%% of it",
            Workload.PIPE_BULK,
            Floor.SOCKET_BULK_ARRAYS.key(),
            pipe,
            arrays,
            100 * pipe / arrays);
    Double python = cpython.get(Workload.PIPE_BULK);
    if (python != null && !python.isNaN()) {
      note +=
          String.format(
              Locale.ROOT,
              "; 3x CPython (%.2f GB/s) would be %.0f%% of it",
              3 * python,
              100 * 3 * python / arrays);
    }
    return List.of(note + ".");
  }
}
