package io.github.multiproc.benchmarks;

import java.util.List;
import java.util.Optional;

/**
 * One row of the table: a workload's name (py_bench's where py_bench has it), the CPython figure
 * it is compared with, which way is better, and its target from issue 6.
 *
 * @param name the row's name, also the key of multiproc's figure; null {@code javaSide} rows have
 *     no multiproc figure
 * @param peerKey the key of the CPython figure in py_bench's JSON, or null when CPython has none
 * @param lowerIsBetter true for times and memory, false for rates
 * @param javaSide whether multiproc measures this row (false: a CPython reference row)
 * @param target the goal
 * @param floor the plain-JDK measurement this row is compared with, or null when it has none
 */
record Workload(
    String name,
    String peerKey,
    boolean lowerIsBetter,
    boolean javaSide,
    Target target,
    Floor floor) {

  static final String HELLO_WORLD = "java_hello_world_ms";
  static final String SPAWN = "start_join_spawn_ms";
  static final String STANDBY = "start_join_standby_ms";
  static final String STANDBY_SUSTAINED = "start_join_standby_sustained_ms";
  static final String FORKSERVER = "start_join_forkserver_ms";
  static final String PIPE_RTT = "pipe_rtt_us";
  static final String PIPE_BULK = "pipe_bulk_1MiB_GBps";
  static final String QUEUE = "queue_items_per_s";
  static final String QUEUE_STANDBY = "queue_items_standby_per_s";
  static final String POOL_MAP = "pool_map_tasks_per_s";
  static final String POOL_APPLY_ASYNC = "pool_apply_async_tasks_per_s";
  static final String MANAGER_DICT = "manager_dict_ops_per_s";
  static final String SHARED_VALUE = "shared_value_incr_per_s";
  static final String LOCK = "lock_ops_per_s";
  static final String SHARED_VALUE_STANDBY = "shared_value_incr_standby_per_s";
  static final String LOCK_STANDBY = "lock_ops_standby_per_s";
  static final String POOL_MAP_STANDBY = "pool_map_standby_tasks_per_s";
  static final String POOL_APPLY_ASYNC_STANDBY = "pool_apply_async_standby_tasks_per_s";
  static final String IDLE_RSS = "idle_child_rss_mib";
  static final String POOL_MAP_CLUSTER = "pool_map_cluster_tasks_per_s";
  static final String POOL_APPLY_ASYNC_CLUSTER = "pool_apply_async_cluster_tasks_per_s";

  /** Every row, in table order. */
  static final List<Workload> ALL =
      List.of(
          time(HELLO_WORLD, null, Target.none()),
          time(SPAWN, SPAWN, Target.ratio(1).andAtMostTimes(1.5, HELLO_WORLD))
              .withFloor(Floor.JAVA_START_EXIT),
          time(STANDBY, "start_join_fork_ms", Target.ratio(0.5)).withFloor(Floor.JVM_EXIT_REAP),
          time(STANDBY_SUSTAINED, "start_join_fork_ms", Target.ratio(0.5))
              .withFloor(Floor.JAVA_START_EXIT),
          new Workload(FORKSERVER, FORKSERVER, true, false, Target.none(), null),
          time(PIPE_RTT, PIPE_RTT, Target.ratio(2)).withFloor(Floor.SOCKET_RTT),
          rate(PIPE_BULK, Target.ratio(2)).withFloor(Floor.SOCKET_BULK),
          rate(QUEUE, Target.ratio(4)).withFloor(Floor.SOCKET_FRAMES),
          rate(QUEUE_STANDBY, QUEUE, Target.ratio(4)).withFloor(Floor.SOCKET_FRAMES),
          rate(POOL_MAP, Target.ratio(1)),
          rate(POOL_APPLY_ASYNC, Target.ratio(3)),
          rate(MANAGER_DICT, Target.ratio(3)),
          rate(SHARED_VALUE, Target.ratio(1)).withFloor(Floor.MAPPED_CAS),
          rate(LOCK, Target.ratio(1)).withFloor(Floor.MAPPED_CAS),
          rate(SHARED_VALUE_STANDBY, SHARED_VALUE, Target.ratio(1)).withFloor(Floor.MAPPED_CAS),
          rate(LOCK_STANDBY, LOCK, Target.ratio(1)).withFloor(Floor.MAPPED_CAS),
          rate(POOL_MAP_STANDBY, POOL_MAP, Target.ratio(1)),
          rate(POOL_APPLY_ASYNC_STANDBY, POOL_APPLY_ASYNC, Target.ratio(3)),
          time(IDLE_RSS, null, Target.below(40, "MiB")).withFloor(Floor.IDLE_JVM_RSS),
          new Workload(POOL_MAP_CLUSTER, null, false, true, Target.none(), null),
          new Workload(POOL_APPLY_ASYNC_CLUSTER, null, false, true, Target.none(), null));

  private static Workload time(String name, String peerKey, Target target) {
    return new Workload(name, peerKey, true, true, target, null);
  }

  private static Workload rate(String name, Target target) {
    return rate(name, name, target);
  }

  private static Workload rate(String name, String peerKey, Target target) {
    return new Workload(name, peerKey, false, true, target, null);
  }

  /** This row compared with {@code floor} as well. */
  Workload withFloor(Floor floor) {
    return new Workload(name, peerKey, lowerIsBetter, javaSide, target, floor);
  }

  /** The row called {@code name}. */
  static Optional<Workload> named(String name) {
    return ALL.stream().filter(w -> w.name.equals(name)).findFirst();
  }

  /**
   * How many times better multiproc is than CPython, oriented so that above 1 means multiproc is
   * better for times and rates alike; NaN when a side has no figure.
   */
  double ratio(double cpython, double multiproc) {
    if (!(cpython > 0) || !(multiproc > 0)) {
      return Double.NaN; // also NaN for NaN inputs: a missing side has no ratio
    }
    return lowerIsBetter ? cpython / multiproc : multiproc / cpython;
  }

  /**
   * How much of the floor multiproc reaches, in percent: the floor's time over multiproc's, or
   * multiproc's rate over the floor's, so 100 means multiproc is at the floor for times and rates
   * alike; NaN when either figure is missing.
   */
  double floorShare(double floor, double multiproc) {
    return 100 * ratio(floor, multiproc); // the floor stands where CPython stands in a ratio
  }
}
