package io.github.multiproc.internal.pool;

import io.github.multiproc.WorkerDiedException;
import io.github.multiproc.spi.pool.ChunkRunner;
import io.github.multiproc.wire.WireInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * Chunks run by a {@link ChunkRunner} somewhere else, such as a cluster: its dispatcher thread
 * takes chunks from the queue, encodes them with the task's codecs and hands the bytes over,
 * keeping some chunks per place that can run one on the way, so a member finishing a chunk finds
 * the next one there: two for long chunks (so the others stay in the queue for whichever member is
 * free first), up to {@value #MAX_DEPTH} for short ones, whose round trip would otherwise leave the
 * members idle (see {@link #depth()}). Result bytes are decoded as a worker JVM's are. A chunk whose runner
 * reports its worker gone ({@link WorkerDiedException}) fails, or with {@code retries} runs again
 * (elsewhere, as the runner chooses) up to that many times.
 */
final class RunnerBackend implements PoolBackend {
  /** The most chunks on the way per place that runs one. */
  static final int MAX_DEPTH = 16;

  /** Pipelining aims at about this much queued work per place. */
  private static final long PIPELINE_NANOS = 20_000_000;

  private final ChunkRunner runner;
  private final AutoCloseable owned;
  private final int retries;
  private final Thread dispatcher;

  /** The chunks handed to the runner and not settled yet; guarded by this. */
  private final Map<Chunk, CompletableFuture<byte[]>> inFlight = new HashMap<>();

  private ChunkQueue queue;
  private RuntimeException terminated;
  private boolean ended;

  /**
   * A moving average of how long a place takes per chunk: a chunk's time from hand-over to results
   * over the chunks that were on the way per place when it was handed over (it waited for those);
   * negative before the first.
   */
  private double chunkNanos = -1;

  /**
   * Runs on {@code runner}, re-running chunks whose worker died up to {@code retries} times, and
   * closes {@code owned} (a connection the pool opened for itself, or null) at the end.
   */
  RunnerBackend(ChunkRunner runner, int retries, AutoCloseable owned) {
    if (retries < 0) {
      throw new IllegalArgumentException("retries must be 0 or more: " + retries);
    }
    this.runner = runner;
    this.retries = retries;
    this.owned = owned;
    this.dispatcher = new Thread(this::dispatch, "multiproc-pool-dispatcher");
    dispatcher.setDaemon(true);
  }

  @Override
  public void start(ChunkQueue queue, PoolCore core) {
    this.queue = queue;
    dispatcher.start();
  }

  @Override
  public int parallelism() {
    return Math.max(1, runner.parallelism());
  }

  private void dispatch() {
    try {
      while (true) {
        int room;
        synchronized (this) {
          while (terminated == null && inFlight.size() >= limit()) {
            wait();
          }
          if (terminated != null) {
            return;
          }
          room = limit() - inFlight.size();
        }
        List<Chunk> taken = queue.take(room, () -> true);
        if (taken.isEmpty()) {
          break; // closed and drained
        }
        for (Chunk chunk : taken) {
          send(chunk, 0);
        }
      }
      synchronized (this) {
        while (terminated == null && !inFlight.isEmpty()) {
          wait();
        }
      }
    } catch (InterruptedException e) {
      // terminate(): it failed the chunks in flight
    } finally {
      runner.close();
      if (owned != null) {
        try {
          owned.close();
        } catch (Exception e) {
          System.getLogger(RunnerBackend.class.getName())
              .log(
                  System.Logger.Level.WARNING,
                  "closing the pool's own cluster connection failed",
                  e);
        }
      }
      synchronized (this) {
        ended = true;
        notifyAll();
      }
    }
  }

  /** How many chunks may be on the way; called with the lock held. */
  private int limit() {
    return parallelism() * depth();
  }

  /**
   * Chunks on the way per place: two until a chunk's round trip is known, then what keeps about
   * {@link #PIPELINE_NANOS} of work there, from 2 to {@link #MAX_DEPTH}.
   */
  private int depth() {
    if (chunkNanos < 0) {
      return 2;
    }
    return (int) Math.max(2, Math.min(MAX_DEPTH, PIPELINE_NANOS / Math.max(1, chunkNanos)));
  }

  /** Hands {@code chunk} to the runner; {@code attempt} counts the runs before this one. */
  private void send(Chunk chunk, int attempt) {
    CompletableFuture<byte[]> future;
    try {
      if (chunk.encoded == null) {
        chunk.encoded = PoolProtocol.chunkArguments(chunk.task.task(), chunk.arguments);
      }
      future = runner.run(chunk.task.id(), chunk.encoded);
    } catch (RuntimeException e) {
      future = CompletableFuture.failedFuture(e); // e.g. the argument codec refused a value
    }
    RuntimeException stop;
    double ahead;
    synchronized (this) {
      stop = terminated;
      if (stop == null) {
        inFlight.put(chunk, future);
      }
      ahead = Math.max(1.0, inFlight.size() / (double) parallelism());
    }
    if (stop != null) {
      future.cancel(true);
      chunk.fail(stop);
      return;
    }
    long sent = System.nanoTime();
    future.whenComplete(
        (results, failure) -> settle(chunk, attempt, results, failure, sent, ahead));
  }

  private void settle(
      Chunk chunk, int attempt, byte[] results, Throwable failure, long sent, double ahead) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    boolean again = cause instanceof WorkerDiedException && attempt < retries;
    synchronized (this) {
      if (!inFlight.containsKey(chunk)) {
        return; // terminate() failed it
      }
      again &= terminated == null && !chunk.job.abandoned();
      double took = (System.nanoTime() - sent) / ahead;
      chunkNanos = chunkNanos < 0 ? took : 0.8 * chunkNanos + 0.2 * took;
      if (!again) {
        inFlight.remove(chunk);
        notifyAll();
      }
    }
    if (again) {
      send(chunk, attempt + 1);
    } else if (cause != null) {
      chunk.fail(cause);
    } else {
      try {
        ChunkResults.decode(chunk, new WireInput(results));
      } catch (RuntimeException e) {
        chunk.fail(e);
      }
    }
  }

  @Override
  public void terminate(RuntimeException failure) {
    List<Map.Entry<Chunk, CompletableFuture<byte[]>>> held;
    synchronized (this) {
      if (terminated == null) {
        terminated = failure;
      }
      held = new ArrayList<>(inFlight.entrySet());
      inFlight.clear();
      notifyAll();
    }
    for (Map.Entry<Chunk, CompletableFuture<byte[]>> entry : held) {
      entry.getKey().fail(failure);
      entry.getValue().cancel(true);
    }
    queue.wakeAll();
    dispatcher.interrupt();
    MonitorWait.forEnd(this);
  }

  @Override
  public synchronized boolean awaitTermination(long timeout, TimeUnit unit)
      throws InterruptedException {
    return MonitorWait.until(this, () -> ended, timeout, unit);
  }

  @Override
  public boolean isWorkerThread() {
    return Thread.currentThread() == dispatcher;
  }

  @Override
  public String toString() {
    return runner.toString();
  }
}
