package io.github.multiproc.benchmarks;

import java.time.Duration;

/**
 * How much work each workload does: {@link #PY_BENCH} is exactly the defaults of
 * {@code py_bench.py}'s functions, so both sides time the same n; {@link #TINY} only proves the
 * workloads run (tests).
 *
 * @param startJoin children started and joined one after another ({@code start_join_ms(n=20)})
 * @param pipeRoundTrips {@code pipe_rtt_us(n=20000)}
 * @param bulkBytes {@code pipe_bulk_gbps(size=1 << 20)}
 * @param bulkMessages {@code pipe_bulk_gbps(n=500)}
 * @param queueItems {@code queue_items_per_s(n=100000)}
 * @param mapTasks {@code pool_map_per_s(n=100000)}
 * @param applyTasks {@code pool_apply_async_per_s(n=5000)}
 * @param dictKeys {@code manager_dict_ops_per_s(n=20000)}
 * @param increments per child, {@code shared_value_incr_per_s(n=100000)}
 * @param lockLoops per child, {@code lock_ops_per_s(n=100000)}
 * @param poolWorkers {@code workers=2} of both pool workloads
 * @param standbyRefill the untimed pause before each start with a standby ready (not in py_bench:
 *     Python's fork needs no refill)
 * @param poolStandbyBoot the untimed pause for the standby JVMs of pool workers to boot and warm
 *     up before a pool's {@code _standby_} row (a standby counts as ready after a second at most)
 * @param helloWorldRuns bare {@code java} runs averaged for the hello-world baseline
 */
record Sizes(
    int startJoin,
    int pipeRoundTrips,
    int bulkBytes,
    int bulkMessages,
    int queueItems,
    int mapTasks,
    int applyTasks,
    int dictKeys,
    int increments,
    int lockLoops,
    int poolWorkers,
    Duration standbyRefill,
    Duration poolStandbyBoot,
    int helloWorldRuns) {

  /** The defaults of py_bench.py. */
  static final Sizes PY_BENCH =
      new Sizes(
          20,
          20_000,
          1 << 20,
          500,
          100_000,
          100_000,
          5_000,
          20_000,
          100_000,
          100_000,
          2,
          Duration.ofMillis(300),
          Duration.ofMillis(1_200),
          20);

  /** A little of everything: for a test that every workload runs across real processes. */
  static final Sizes TINY =
      new Sizes(
          1,
          10,
          1 << 10,
          2,
          10,
          10,
          10,
          10,
          10,
          10,
          2,
          Duration.ofMillis(50),
          Duration.ofMillis(50),
          1);
}
