package io.github.multiproc.benchmarks;

import java.util.List;

/** The Markdown of one run: its facts, the table, the chart, and the notes that qualify them. */
final class Report {
  private Report() {}

  /** What every run's notes say about method; run-specific notes follow. */
  static final List<String> METHOD_NOTES =
      List.of(
          "ratio: how many times better multiproc is (CPython's time / multiproc's time, multiproc's"
              + " rate / CPython's rate), so above 1x means multiproc is better for every row.",
          "floor: what this machine does at all without multiproc, measured in the same run, taking"
              + " turns with the two sides (floor run k after multiproc run k), by plain-JDK programs in"
              + " child JVMs started with the same `java` and jar class path; `of floor`: multiproc's"
              + " share of it (the floor's time / multiproc's time, multiproc's rate / the floor's"
              + " rate), so 100% would be multiproc at the floor.",
          "The floors: start rows, a bare hello-world `java` start to exit (as"
              + " `java_hello_world_ms`; it maps only the JDK's default class-data archive, whereas"
              + " multiproc's children map archives trained for them, so a start row can pass 100%); `start_join_standby_ms`, a booted JVM's exit and reap (a JVM"
              + " waiting on stdin, settled for 100 ms untimed, told to exit; from the order to"
              + " `waitFor` returning); pipe rows, a raw Unix-domain `SocketChannel` echo with a second"
              + " JVM (8 bytes per round trip, the faster of both ends blocking and both ends spinning"
              + " on non-blocking sockets; 1 MiB messages, counted both ways), after untimed"
              + " warm-up trips; `queue_items_per_s`, the same n ints as 4-byte length-prefixed frames"
              + " packed into 64 KiB writes to a JVM that reads and checks them and answers once it has"
              + " all (connected before the clock starts, so without the consumer's boot that the"
              + " multiproc row times); lock and shared-value rows, two JVMs incrementing one counter"
              + " with a `VarHandle` compare-and-set loop on a mapped file in /dev/shm, n each, timed"
              + " from the first one's start to the last one's end after a barrier (no child start on"
              + " the clock); `idle_child_rss_mib`, VmRSS of a bare JVM blocked on stdin, 500 ms after"
              + " its start.",
          "Medians over the repeats. multiproc runs in one JVM, after two untimed warm-up rounds, each"
              + " ending once the children's class-data archives are trained (they persist across runs;"
              + " only the first run of a new build trains them); then the sides take turns: CPython run"
              + " 1 (`python3 py_bench.py --json`, a fresh interpreter each time), multiproc run 1,"
              + " CPython run 2, and so on, so a slow spell of the machine falls on both sides.",
          "Same workloads, n and timing boundaries as py_bench.py; the names are py_bench's.",
          "`start_join_standby_ms`: STANDBY start+join with a standby JVM ready (an untimed 300 ms"
              + " pause before each start lets the standby pool refill); `start_join_standby_sustained_ms`:"
              + " back to back, as Python's loop runs. Both compare with CPython's `start_join_fork_ms`;"
              + " `start_join_forkserver_ms` is CPython's alone, for reference.",
          "`start_join_spawn_ms` must beat CPython's spawn and stay within 1.5x of"
              + " `java_hello_world_ms`, a bare hello-world `main` run by the same `java` with the same"
              + " jar class path (ProcessBuilder, start to exit).",
          "`idle_child_rss_mib`: VmRSS (`/proc/<pid>/status`) of one child blocked on a ProcessEvent,"
              + " 500 ms after its start; Linux only.",
          "`pipe_bulk_1MiB_GBps` counts the bytes both ways, as py_bench does.",
          "`start()` returns once the child JVM is launched, as Python's does, so in"
              + " `queue_items_per_s` the consumer's boot and first connection run on the clock, as"
              + " CPython's forked consumer's start does (about 80 ms of a JVM against about 2 ms of"
              + " a fork). `queue_items_standby_per_s` runs the same workload with the consumer started"
              + " from a ready STANDBY JVM (booted, untimed, before the clock starts) and compares with"
              + " the same CPython figure, so it shows the queue's transfer with less of a boot.",
          "`shared_value_incr_per_s` and `lock_ops_per_s` start their two children inside the timed"
              + " region, as py_bench does; CPython forks them in about 2 ms each, so with SPAWN these"
              + " two rows weigh multiproc's start-up as much as its locks. Their `_standby_` rows run"
              + " the same workload with both children started from ready STANDBY JVMs (booted, untimed,"
              + " before the clock starts, as CPython's fork needs nothing booted) and compare with the"
              + " same CPython figures.",
          "`pool_map_standby_tasks_per_s` and `pool_apply_async_standby_tasks_per_s`: the pool rows"
              + " under STANDBY, both workers taken from ready standby JVMs booted for pool workers,"
              + " which warm up the worker's chunk path before they count as ready (booted, untimed,"
              + " after a first pool); compared with CPython's pool figures (fork).",
          "`pool_map_cluster_tasks_per_s` and `pool_apply_async_cluster_tasks_per_s` (report only, no"
              + " CPython figure): the two pool workloads on `Pool.builder().cluster(...)` of a"
              + " 2-member Hazelcast cluster on 127.0.0.1, each member running chunks on half the"
              + " process pool's worker JVMs; members start untimed. The notes state the overhead per"
              + " task against the process pool: 1/cluster rate - 1/process rate.");

  /**
   * The Markdown body.
   *
   * @param svgLink where the chart is, relative to the Markdown file
   * @param runNotes what went wrong or was skipped in this run
   */
  static String markdown(RunInfo info, ResultTable table, String svgLink, List<String> runNotes) {
    StringBuilder b = new StringBuilder();
    b.append("The run that made these figures:\n\n");
    b.append(info.markdown()).append('\n');
    b.append(TableWriters.markdown(table)).append('\n');
    b.append("![multiproc vs CPython: ratios](").append(svgLink).append(")\n\n");
    b.append("Notes:\n\n");
    for (String n : METHOD_NOTES) {
      b.append("- ").append(n).append('\n');
    }
    for (String n : runNotes) {
      b.append("- ").append(n).append('\n');
    }
    return b.toString();
  }
}
