package io.github.multiproc.internal.pool;

import io.github.multiproc.AsyncResult;
import io.github.multiproc.ResultIterator;
import io.github.multiproc.spi.pool.ChunkRunner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What {@code Pool} and {@code ThreadPool} share: Python's pool state machine (RUN, CLOSE,
 * TERMINATE), cutting submissions into chunks, the queue, the result thread. Where the chunks run
 * is the {@link PoolBackend}'s business.
 */
public final class PoolCore {
  private enum State {
    RUN,
    CLOSE,
    TERMINATE
  }

  /** The pools not yet joined: what a leak check names and terminates ({@link #unjoined}). */
  private static final Set<PoolCore> UNJOINED = ConcurrentHashMap.newKeySet();

  private final PoolBackend backend;
  private final ChunkQueue queue = new ChunkQueue();
  private final ResultThread results;
  private final Object lifecycle = new Object();
  private volatile State state = State.RUN;
  private volatile RuntimeException broken;
  private boolean finished;

  /** The imaps whose input is still being read; guarded by {@link #lifecycle}. */
  private final Set<ImapFeeder> feeders = new HashSet<>();

  private PoolCore(PoolBackend backend, String name) {
    this.backend = backend;
    this.results = new ResultThread(name + "-results");
    UNJOINED.add(this);
  }

  /**
   * The pools of this JVM whose workers have not all ended and been joined: open, or closed or
   * terminated without a {@code join()} yet. For leak checks in tests, which name them and
   * {@link #terminate} them.
   */
  public static List<PoolCore> unjoined() {
    return new ArrayList<>(UNJOINED);
  }

  /** A pool of worker JVMs. */
  public static PoolCore processes(ProcessPoolConfig config) {
    PoolCore core = new PoolCore(new ProcessBackend(config), "multiproc-pool");
    core.backend.start(core.queue, core);
    return core;
  }

  /** A pool of threads; virtual threads when {@code virtual}. */
  public static PoolCore threads(int threads, boolean virtual) {
    PoolCore core = new PoolCore(new ThreadBackend(threads, virtual), "multiproc-threadpool");
    core.backend.start(core.queue, core);
    return core;
  }

  /**
   * A pool whose chunks {@code runner} runs (a cluster's), re-running a chunk whose worker died up
   * to {@code retries} times; {@code owned}, if not null, is closed after the pool's last chunk.
   */
  public static PoolCore runner(ChunkRunner runner, int retries, AutoCloseable owned) {
    PoolCore core = new PoolCore(new RunnerBackend(runner, retries, owned), "multiproc-pool");
    core.backend.start(core.queue, core);
    return core;
  }

  /** This pool running chunks given as bytes (what a cluster member does with its pool). */
  public ChunkRunner chunkRunner() {
    return new LocalChunkRunner(this, backend instanceof ThreadBackend);
  }

  /** How many chunks run at once (for a pool on a cluster: now, as the members say). */
  public int processes() {
    return backend.parallelism();
  }

  /** Queues one chunk that came as bytes ({@link LocalChunkRunner}). */
  void submit(Chunk chunk) {
    checkRunning();
    queue.addAll(List.of(chunk));
  }

  /** Python's {@code apply_async}. */
  public <R> AsyncResult<R> applyAsync(
      TaskRef task,
      Object argument,
      Consumer<? super R> callback,
      Consumer<? super Throwable> errorCallback) {
    checkRunning();
    Result<R> result = new Result<>(results, true, 1, callback, errorCallback);
    queue.addAll(List.of(new Chunk(result, task, 0, new Object[] {argument})));
    return result;
  }

  /** Python's {@code map_async}; {@code chunksize} 0 chooses Python's default. */
  public <R> AsyncResult<List<R>> mapAsync(
      TaskRef task,
      Iterable<?> arguments,
      int chunksize,
      Consumer<? super List<R>> callback,
      Consumer<? super Throwable> errorCallback) {
    checkRunning();
    Object[] items = toArray(arguments);
    int size = chunksize > 0 ? chunksize : defaultChunksize(items.length);
    Result<List<R>> result = new Result<>(results, false, items.length, callback, errorCallback);
    queue.addAll(chunks(result, task, items, size));
    return result;
  }

  /**
   * Python's {@code imap} ({@code ordered}) and {@code imap_unordered}: the input is read as the
   * caller takes results (see {@link ImapFeeder}).
   */
  public <R> ResultIterator<R> imap(
      TaskRef task, Iterable<?> arguments, int chunksize, boolean ordered) {
    if (chunksize < 1) {
      throw new IllegalArgumentException("chunksize must be at least 1, but is " + chunksize);
    }
    ImapFeeder feeder = new ImapFeeder(this, arguments, task, chunksize, ordered);
    synchronized (lifecycle) {
      checkRunning();
      feeders.add(feeder);
    }
    feeder.start();
    return feeder.stream();
  }

  /** Queues an imap's chunks unless the pool takes no more; false if it does not. */
  boolean offer(List<Chunk> chunks) {
    return queue.offerAll(chunks);
  }

  /** Why the pool took no more of an imap's input: it was closed, terminated or broke. */
  RuntimeException imapRefusal() {
    RuntimeException cause = broken;
    if (cause != null) {
      return brokenPool(cause);
    }
    if (state == State.TERMINATE) {
      return new CancellationException("the pool was terminated");
    }
    return new IllegalStateException(
        "the pool was closed before this imap had read all of its"
            + " input, so the rest was not read: close the pool after taking the last result, or close"
            + " the ResultIterator to stop early");
  }

  /** {@code feeder} reads no more. */
  void forget(ImapFeeder feeder) {
    synchronized (lifecycle) {
      feeders.remove(feeder);
    }
  }

  /** Stops reading every imap's input: the pool takes no more chunks (its queue is closed). */
  private void stopFeeders() {
    List<ImapFeeder> stopping;
    synchronized (lifecycle) {
      stopping = new ArrayList<>(feeders);
    }
    for (ImapFeeder feeder : stopping) {
      feeder.stop(imapRefusal());
    }
  }

  private int defaultChunksize(int items) {
    // Python: chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
    int workers = processes() * 4;
    int size = items / workers;
    return items % workers != 0 ? size + 1 : Math.max(size, 1);
  }

  private static List<Chunk> chunks(Job job, TaskRef task, Object[] items, int size) {
    List<Chunk> chunks = new ArrayList<>(items.length / size + 1);
    for (int first = 0; first < items.length; first += size) {
      Object[] part = new Object[Math.min(size, items.length - first)];
      System.arraycopy(items, first, part, 0, part.length);
      chunks.add(new Chunk(job, task, first, part));
    }
    return chunks;
  }

  private static Object[] toArray(Iterable<?> arguments) {
    if (arguments instanceof java.util.Collection<?> collection) {
      return collection.toArray(); // one bulk copy for a list, not an iterator step per item
    }
    List<Object> list = new ArrayList<>();
    for (Object argument : arguments) {
      list.add(argument);
    }
    return list.toArray();
  }

  private void checkRunning() {
    RuntimeException cause = broken;
    if (cause != null) {
      throw brokenPool(cause);
    }
    if (state != State.RUN) {
      throw new IllegalStateException("Pool not running (it was closed or terminated)");
    }
  }

  private static IllegalStateException brokenPool(RuntimeException cause) {
    return new IllegalStateException("the pool is broken: " + cause.getMessage(), cause);
  }

  /** Whether new tasks may still come (so a dead worker is replaced even with an empty queue). */
  boolean running() {
    return state == State.RUN && broken == null;
  }

  /**
   * The workers cannot work (they cannot start, or the initializer failed): every queued task
   * fails with {@code cause}, new ones are refused, the workers are stopped.
   */
  void breakPool(RuntimeException cause) {
    synchronized (lifecycle) {
      if (broken != null || state == State.TERMINATE) {
        return;
      }
      broken = cause;
    }
    for (Chunk chunk : queue.closeAndDrain()) {
      chunk.fail(cause);
    }
    stopFeeders();
    Thread stopper = new Thread(() -> backend.terminate(cause), "multiproc-pool-stopper");
    stopper.setDaemon(true);
    stopper.start();
  }

  /** Python's {@code close()}, then {@code join()} unless called on a pool thread. */
  public void close() {
    shutdown();
    if (!isPoolThread()) {
      join();
    }
  }

  /** Python's {@code close()} alone: no new tasks; queued ones still run. */
  public void shutdown() {
    synchronized (lifecycle) {
      if (state == State.RUN) {
        state = State.CLOSE;
      }
    }
    queue.close();
    stopFeeders();
  }

  /** Python's {@code terminate()}: waits until the workers are gone, unless on a pool thread. */
  public void terminate() {
    synchronized (lifecycle) {
      if (state == State.TERMINATE) {
        if (!isPoolThread()) {
          join();
        }
        return;
      }
      state = State.TERMINATE;
    }
    CancellationException cancelled = new CancellationException("the pool was terminated");
    for (Chunk chunk : queue.closeAndDrain()) {
      chunk.fail(cancelled);
    }
    stopFeeders();
    backend.terminate(cancelled);
    if (!isPoolThread()) {
      join();
    }
  }

  /** Python's {@code join()}. */
  public void join() {
    if (state == State.RUN) {
      throw new IllegalStateException(
          "the pool is still running: call close() or terminate() before join() (Python: ValueError)");
    }
    boolean interrupted = false;
    while (true) {
      try {
        awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits until the workers have ended and every callback ran; true if so. */
  public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
    if (!backend.awaitTermination(timeout, unit)) {
      return false;
    }
    synchronized (lifecycle) {
      if (finished) {
        return true;
      }
      finished = true;
    }
    UNJOINED.remove(this);
    results.finish();
    return true;
  }

  public boolean isShutdown() {
    return state != State.RUN || broken != null;
  }

  /** Whether the pool was shut down and every worker has ended. */
  public boolean isTerminated() {
    if (!isShutdown()) {
      return false;
    }
    try {
      return backend.awaitTermination(0, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Whether the current thread is a worker or the result thread of this pool. */
  public boolean isPoolThread() {
    return results.isCurrent() || backend.isWorkerThread();
  }

  /** The kind and size of the pool, and its state: e.g. {@code pool of 4 processes, open}. */
  @Override
  public String toString() {
    String kind =
        backend instanceof ProcessBackend
            ? processes() + " processes"
            : backend instanceof ThreadBackend ? processes() + " threads" : "chunks on " + backend;
    return "pool of "
        + kind
        + ", "
        + (state == State.RUN ? "open" : state == State.CLOSE ? "closed" : "terminated");
  }
}
