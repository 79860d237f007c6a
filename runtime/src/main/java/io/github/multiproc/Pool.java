package io.github.multiproc;

import io.github.multiproc.internal.pool.ClusterSwitch;
import io.github.multiproc.internal.pool.PoolCore;
import io.github.multiproc.internal.pool.ProcessPoolConfig;
import io.github.multiproc.spi.pool.ChunkRunnerFactory;
import io.github.multiproc.spi.pool.ClusterConnector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A pool of worker JVMs running {@code @Pooled} tasks: Python's {@code multiprocessing.Pool}, made
 * safe where Python's is fragile.
 *
 * <pre>{@code
 * try (Pool pool = Pool.builder().processes(4).taskTimeout(Duration.ofMinutes(1)).build()) {
 *   List<Integer> results = pool.map(SquaresTasks.square, List.of(1, 2, 3));
 * }
 * }</pre>
 *
 * <p>A worker that dies mid-task (killed, {@code System.exit}, {@code Runtime.halt}, out of memory —
 * workers run with {@code -XX:+ExitOnOutOfMemoryError}) fails that task at once with a
 * {@link WorkerDiedException} naming the worker's pid and exit code; the pool starts a replacement
 * and every other task goes on. CPython's pool hangs forever there. With a task timeout, a task
 * running too long has its worker killed and replaced and fails with {@link TaskTimeoutException}.
 * A task that throws fails with a {@link RemoteException} carrying the worker's stack trace.
 *
 * <p>Workers are daemon children named {@code SpawnPoolWorker-N}; they find tasks through the
 * generated {@code TaskProvider}s on the class path, so tasks are {@link PoolTask} constants such as
 * {@code SquaresTasks.square} (generated for {@code @Pooled static int square(int x)} in a class
 * {@code Squares}), never lambdas. Pipelining keeps every worker busy with short tasks;
 * long tasks are handed out one at a time to whichever worker is free. If the workers cannot start
 * or the initializer fails, the pool is broken: pending tasks fail with the reason and new ones are
 * refused.
 *
 * <p>Beyond one machine: {@code Pool.builder().cluster(Cluster.connect(address, authkey))} runs
 * the same tasks on the members of a cluster (the {@code multiproc-cluster} module; Python: Ray's
 * {@code ray.util.multiprocessing.Pool}), and so does a plain {@code Pool.builder().build()} when
 * {@code MULTIPROC_CLUSTER} names one (Ray's {@code RAY_ADDRESS}). See docs/cluster.md.
 */
public final class Pool extends BasePool {
  private Pool(PoolCore core) {
    super(core, false);
  }

  /** Python's {@code Pool()}: one worker per CPU ({@link Multiproc#cpuCount()}). */
  public static Pool create() {
    return builder().build();
  }

  /** Python's {@code Pool(processes)}. */
  public static Pool create(int processes) {
    return builder().processes(processes).build();
  }

  /** A pool with more settings: initializer, max tasks per child, JVM arguments, task timeout. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "<Pool processes="
        + core.processes()
        + (core.isShutdown() ? " closed" : " running")
        + ">";
  }

  /** Where a pool runs, when not on this machine: {@link Builder#cluster}. */
  private static Pool onCluster(ChunkRunnerFactory place, int retries, AutoCloseable owned) {
    return new Pool(PoolCore.runner(place.openChunkRunner(), retries, owned));
  }

  /** Settings of a {@link Pool}, Python's {@code Pool(...)} keyword arguments. */
  public static final class Builder {
    private int processes = Multiproc.cpuCount();
    private PoolTask<?, ?> initializer;
    private Object initializerArgument;
    private int maxTasksPerChild;
    private final List<String> jvmArgs = new ArrayList<>();
    private Duration taskTimeout;
    private ChunkRunnerFactory cluster;
    private boolean local;
    private int retries;

    private Builder() {}

    /**
     * Runs the pool's chunks on {@code cluster} (e.g. {@code Cluster.connect("10.0.0.5:5701",
     * authkey)} of {@code multiproc-cluster}) instead of worker JVMs here: Ray's
     * {@code Pool(ray_address=...)}. The cluster connection stays open when the pool closes. The
     * members' own settings then say how chunks run there (processes or threads, task timeout),
     * so {@link #processes} is ignored (the members' slots decide, so that {@code Pool.create(4)}
     * moves to a cluster unchanged) and {@link #initializer}, {@link #maxTasksPerChild}, {@link
     * #jvmArgs} and {@link #taskTimeout} are refused with a cluster.
     */
    public Builder cluster(ChunkRunnerFactory cluster) {
      this.cluster = Objects.requireNonNull(cluster, "cluster");
      return this;
    }

    /** Runs on this machine even when {@code MULTIPROC_CLUSTER} names a cluster. */
    public Builder local() {
      this.local = true;
      return this;
    }

    /**
     * On a cluster, re-runs a chunk whose member left (or was killed) mid-chunk up to {@code n}
     * times, on another member; only for idempotent tasks, which may then run twice. Default 0:
     * the chunk fails with {@link WorkerDiedException}. No counterpart in Python's pool.
     */
    public Builder retries(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("retries must be 0 or more: " + n);
      }
      this.retries = n;
      return this;
    }

    /** Python's {@code processes}: how many worker JVMs (default: the CPU count). */
    public Builder processes(int processes) {
      if (processes < 1) {
        throw new IllegalArgumentException("Number of processes must be at least 1: " + processes);
      }
      this.processes = processes;
      return this;
    }

    /**
     * Python's {@code initializer} and {@code initargs}: {@code task} runs with {@code argument}
     * once in each worker before its first task. If it throws, the pool is broken.
     */
    public <A> Builder initializer(PoolTask<A, ?> task, A argument) {
      this.initializer = Objects.requireNonNull(task, "task");
      this.initializerArgument = argument;
      return this;
    }

    /**
     * Python's {@code maxtasksperchild}: a worker exits and is replaced after this many tasks (a
     * chunk counts as one, as in Python); 0, the default, keeps workers for the pool's life.
     */
    public Builder maxTasksPerChild(int tasks) {
      if (tasks < 0) {
        throw new IllegalArgumentException("maxTasksPerChild must be 0 or more: " + tasks);
      }
      this.maxTasksPerChild = tasks;
      return this;
    }

    /** JVM arguments for every worker, e.g. {@code -Xmx256m}. */
    public Builder jvmArgs(String... args) {
      for (String arg : args) {
        jvmArgs.add(Objects.requireNonNull(arg, "a JVM argument"));
      }
      return this;
    }

    /**
     * The longest a task may run: past it, its worker is killed and replaced, and the task fails
     * with {@link TaskTimeoutException}. A chunk of {@code n} tasks gets {@code n} times this.
     */
    public Builder taskTimeout(Duration timeout) {
      if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
        throw new IllegalArgumentException("taskTimeout must be positive: " + timeout);
      }
      this.taskTimeout = timeout;
      return this;
    }

    /**
     * Starts the workers (in the background: tasks queue until the first is ready), or connects the
     * pool to its cluster: the one given to {@link #cluster}, else the one {@code
     * MULTIPROC_CLUSTER} names unless {@link #local()}.
     */
    public Pool build() {
      if (cluster != null) {
        checkClusterSettings(cluster.describe());
        return onCluster(cluster, retries, null);
      }
      if (!local) {
        ClusterConnector.OwnedConnection named = ClusterSwitch.connectIfNamed();
        if (named != null) {
          try {
            checkClusterSettings(named.describe() + " (named by " + ClusterSwitch.ENV + ")");
            return onCluster(named, retries, named);
          } catch (RuntimeException e) {
            named.close();
            throw e;
          }
        }
      }
      if (retries > 0) {
        throw new IllegalArgumentException(
            "retries re-run chunks whose cluster member left; a"
                + " pool on this machine replaces a dead worker and fails its task instead");
      }
      return new Pool(
          PoolCore.processes(
              new ProcessPoolConfig(
                  processes,
                  initializer,
                  initializerArgument,
                  maxTasksPerChild,
                  List.copyOf(jvmArgs),
                  taskTimeout)));
    }

    /** Refuses the settings of worker JVMs here, which a cluster's members decide for themselves. */
    private void checkClusterSettings(String place) {
      List<String> refused = new ArrayList<>();
      if (initializer != null) {
        refused.add("initializer");
      }
      if (maxTasksPerChild > 0) {
        refused.add("maxTasksPerChild");
      }
      if (!jvmArgs.isEmpty()) {
        refused.add("jvmArgs (the members' --jvm-arg)");
      }
      if (taskTimeout != null) {
        refused.add(
            "taskTimeout (the members' --task-timeout; AsyncResult.get(timeout) bounds a"
                + " wait here)");
      }
      if (!refused.isEmpty()) {
        throw new IllegalArgumentException(
            "a pool on "
                + place
                + " runs chunks as its members are"
                + " configured, so these settings do not apply: "
                + String.join(", ", refused)
                + "; set them when starting the members, or use Pool.builder().local()");
      }
    }
  }
}
