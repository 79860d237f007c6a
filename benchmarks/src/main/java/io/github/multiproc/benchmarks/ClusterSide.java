package io.github.multiproc.benchmarks;

import io.github.multiproc.Pool;
import io.github.multiproc.cluster.Cluster;
import io.github.multiproc.cluster.MemberJvm;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The pool rows on a cluster (report only): the same workload on a {@link Pool} whose chunks run on
 * two members on 127.0.0.1, each running them on worker JVMs of its own, so the cluster has as
 * many workers as the process pool. The members start before the clock (as the process pool's
 * workers do) and stop after it.
 */
final class ClusterSide {
  private static final byte[] AUTHKEY =
      "multiproc-benchmark-authkey-not-secret".getBytes(StandardCharsets.UTF_8);

  private ClusterSide() {}

  /** {@code workload} on a pool of a fresh 2-member loopback cluster. */
  static double onCluster(Sizes sizes, ToDoubleFunction<Pool> workload) {
    String name = "benchmark-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    String workersEach = Integer.toString(Math.max(1, sizes.poolWorkers() / 2));
    // A tiny run only checks that the rows work: its members start with C1 alone, much faster.
    List<String> jvmOptions =
        sizes == Sizes.PY_BENCH
            ? List.of("-Dhazelcast.wait.seconds.before.join=0")
            : MemberJvm.QUICK_START_OPTIONS;
    List<MemberJvm> members =
        MemberJvm.startLoopbackCluster(
            name, 2, AUTHKEY, jvmOptions, List.of("--processes", workersEach), line -> {});
    try {
      try (Cluster cluster = Cluster.connect(MemberJvm.clusterAddress(name, members), AUTHKEY);
          Pool pool = Pool.builder().cluster(cluster).build()) {
        return workload.applyAsDouble(pool);
      }
    } finally {
      members.forEach(MemberJvm::close);
    }
  }

  /**
   * The run note stating what a task costs more on the cluster than on the process pool, from the
   * medians: {@code 1/cluster rate - 1/process rate}, in microseconds; empty when a figure is missing.
   */
  static List<String> overheadNotes(Map<String, Double> medians) {
    List<String> notes = new ArrayList<>();
    overhead(medians, Workload.POOL_MAP, Workload.POOL_MAP_CLUSTER, notes);
    overhead(medians, Workload.POOL_APPLY_ASYNC, Workload.POOL_APPLY_ASYNC_CLUSTER, notes);
    return notes;
  }

  private static void overhead(
      Map<String, Double> medians, String local, String cluster, List<String> notes) {
    Double here = medians.get(local);
    Double there = medians.get(cluster);
    if (here == null || there == null || here.isNaN() || there.isNaN()) {
      return;
    }
    double micros = 1e6 / there - 1e6 / here;
    notes.add(
        String.format(
            java.util.Locale.ROOT,
            "`%s`: %.0f tasks/s against the process"
                + " pool's %.0f, so %.1f µs more per task on a 2-member loopback cluster.",
            cluster,
            there,
            here,
            micros));
  }
}
