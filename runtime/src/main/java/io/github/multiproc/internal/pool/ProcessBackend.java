package io.github.multiproc.internal.pool;

import io.github.multiproc.internal.process.ChildRegistry;
import io.github.multiproc.wire.WireOutput;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Worker JVMs on this machine: keeps {@code processes} of them alive, replacing each one that dies
 * or retires ({@code maxTasksPerChild}), and enforces the task timeout.
 */
final class ProcessBackend implements PoolBackend {
  private static final AtomicInteger WORKER_NUMBERS = new AtomicInteger();

  final ProcessPoolConfig config;
  final String hubPath;
  final byte[] initializerArgument;
  private final Set<RemoteWorker> live = new HashSet<>();
  private final ScheduledThreadPoolExecutor timer;
  private ChunkQueue queue;
  private PoolCore core;
  private RuntimeException terminated;
  private boolean anyReady;
  private int failedStarts;

  ProcessBackend(ProcessPoolConfig config) {
    if (config.processes() < 1) {
      throw new IllegalArgumentException(
          "a pool needs at least 1 process, not " + config.processes());
    }
    this.config = config;
    this.hubPath = PoolService.hub().socketPath().toString();
    if (config.initializer() != null) {
      WireOutput out = new WireOutput();
      @SuppressWarnings("unchecked")
      io.github.multiproc.wire.Codec<Object> codec =
          (io.github.multiproc.wire.Codec<Object>) config.initializer().argumentCodec();
      codec.encode(out, config.initializerArgument());
      this.initializerArgument = out.toByteArray();
    } else {
      this.initializerArgument = null;
    }
    if (config.taskTimeout() != null) {
      timer =
          new ScheduledThreadPoolExecutor(
              1,
              runnable -> {
                Thread thread = new Thread(runnable, "multiproc-pool-timeouts");
                thread.setDaemon(true);
                return thread;
              });
      timer.setRemoveOnCancelPolicy(true);
    } else {
      timer = null;
    }
  }

  @Override
  public int parallelism() {
    return config.processes();
  }

  @Override
  public void start(ChunkQueue queue, PoolCore core) {
    this.queue = queue;
    this.core = core;
    synchronized (this) {
      for (int i = 0; i < config.processes(); i++) {
        spawn();
      }
    }
  }

  ChunkQueue queue() {
    return queue;
  }

  /** Starts one more worker; its own thread does the slow JVM start. */
  private void spawn() {
    RemoteWorker worker =
        new RemoteWorker(this, "SpawnPoolWorker-" + WORKER_NUMBERS.incrementAndGet());
    live.add(worker);
    worker.start(restartDelayMillis());
  }

  /**
   * A worker has ended; replaces it while there is or may be work, unless this JVM is exiting: its
   * exit hook terminates the workers of a pool never closed (Python's pool finalizer at exit), and
   * a replacement would only start to die.
   */
  void ended(RemoteWorker worker) {
    synchronized (this) {
      live.remove(worker);
      if (terminated == null && !ChildRegistry.exiting() && (core.running() || !queue.isEmpty())) {
        spawn();
      }
      if (live.isEmpty()) {
        if (timer != null) {
          timer.shutdownNow();
        }
        notifyAll();
      }
    }
  }

  synchronized void workerReady() {
    anyReady = true;
    failedStarts = 0;
  }

  /**
   * Counts a worker that could not start; true if that breaks the pool: no worker ever got ready,
   * or several starts failed in a row (a transient failure, e.g. a spawn helper killed by a
   * signal, only costs a retry).
   */
  synchronized boolean startFailedBreaksPool() {
    failedStarts++;
    return !anyReady || failedStarts >= 20;
  }

  /** A pause before replacing a worker after failed starts in a row: 50 ms each, at most 1 s. */
  synchronized long restartDelayMillis() {
    return Math.min(1000, 50L * failedStarts);
  }

  /** The workers cannot work: fail everything and stop. */
  void broken(RuntimeException cause) {
    core.breakPool(cause);
  }

  boolean isTerminated() {
    synchronized (this) {
      return terminated != null;
    }
  }

  synchronized RuntimeException terminationFailure() {
    return terminated;
  }

  ScheduledFuture<?> schedule(Runnable check, long delayNanos) {
    return timer.schedule(check, delayNanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void terminate(RuntimeException failure) {
    RemoteWorker[] workers;
    synchronized (this) {
      if (terminated == null) {
        terminated = failure;
      }
      workers = live.toArray(new RemoteWorker[0]);
    }
    queue.wakeAll();
    for (RemoteWorker worker : workers) {
      worker.stop();
    }
    MonitorWait.forEnd(this);
  }

  @Override
  public synchronized boolean awaitTermination(long timeout, TimeUnit unit)
      throws InterruptedException {
    return MonitorWait.until(this, live::isEmpty, timeout, unit);
  }

  @Override
  public boolean isWorkerThread() {
    return Thread.currentThread().getName().startsWith("multiproc-pool-sender-");
  }
}
