package io.github.multiproc;

import io.github.multiproc.internal.pool.PoolCore;
import io.github.multiproc.internal.pool.TaskRef;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The {@link TaskPool} API on threads of this JVM: Python's {@code multiprocessing.dummy.Pool}
 * ({@code ThreadPool}). Arguments and results are not copied. Besides {@link PoolTask}s it takes
 * any Java function, as Python's takes any callable:
 *
 * <pre>{@code
 * try (ThreadPool pool = ThreadPool.builder().threads(20).virtualThreads(true).build()) {
 *   List<String> pages = pool.map(url -> fetch(url), urls);
 * }
 * }</pre>
 *
 * <p>A task's unchecked exception is re-thrown as it is (not as a {@link RemoteException}); a
 * checked one arrives wrapped in a {@link java.util.concurrent.CompletionException}. Threads cannot
 * be killed: {@link #terminate()} fails the pending and running tasks at once and interrupts the
 * threads, then waits for them. There is no task timeout for the same reason. The
 * {@link #asExecutorService() ExecutorService view} runs any {@code Callable} or {@code Runnable}.
 */
public final class ThreadPool extends BasePool {
  private ThreadPool(PoolCore core) {
    super(core, true);
  }

  /** Python's {@code ThreadPool()}: one thread per CPU. */
  public static ThreadPool create() {
    return builder().build();
  }

  /** Python's {@code ThreadPool(processes)}. */
  public static ThreadPool create(int threads) {
    return builder().threads(threads).build();
  }

  /** A thread pool with more settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** Python's {@code apply(func, args)} with a plain function. */
  public <A, R> R apply(Function<? super A, ? extends R> function, A argument) {
    return this.<A, R>applyAsync(function, argument).get();
  }

  /** Python's {@code apply_async(func, args)} with a plain function. */
  public <A, R> AsyncResult<R> applyAsync(Function<? super A, ? extends R> function, A argument) {
    return core.applyAsync(TaskRef.ofFunction(function), argument, null, null);
  }

  /** Python's {@code apply_async(func, args, callback, error_callback)} with a plain function. */
  public <A, R> AsyncResult<R> applyAsync(
      Function<? super A, ? extends R> function,
      A argument,
      Consumer<? super R> callback,
      Consumer<? super Throwable> errorCallback) {
    return core.applyAsync(TaskRef.ofFunction(function), argument, callback, errorCallback);
  }

  /** Python's {@code map(func, iterable)} with a plain function. */
  public <A, R> List<R> map(
      Function<? super A, ? extends R> function, Iterable<? extends A> arguments) {
    return this.<A, R>mapAsync(function, arguments).get();
  }

  /** Python's {@code map(func, iterable, chunksize)} with a plain function. */
  public <A, R> List<R> map(
      Function<? super A, ? extends R> function, Iterable<? extends A> arguments, int chunksize) {
    return core.<R>mapAsync(
            TaskRef.ofFunction(function), arguments, checkChunksize(chunksize), null, null)
        .get();
  }

  /** Python's {@code map_async(func, iterable)} with a plain function. */
  public <A, R> AsyncResult<List<R>> mapAsync(
      Function<? super A, ? extends R> function, Iterable<? extends A> arguments) {
    return core.mapAsync(TaskRef.ofFunction(function), arguments, 0, null, null);
  }

  /** Python's {@code imap(func, iterable)} with a plain function. */
  public <A, R> ResultIterator<R> imap(
      Function<? super A, ? extends R> function, Iterable<? extends A> arguments) {
    return core.imap(TaskRef.ofFunction(function), arguments, 1, true);
  }

  /** Python's {@code imap_unordered(func, iterable)} with a plain function. */
  public <A, R> ResultIterator<R> imapUnordered(
      Function<? super A, ? extends R> function, Iterable<? extends A> arguments) {
    return core.imap(TaskRef.ofFunction(function), arguments, 1, false);
  }

  @Override
  public String toString() {
    return "<ThreadPool threads="
        + core.processes()
        + (core.isShutdown() ? " closed" : " running")
        + ">";
  }

  /** Settings of a {@link ThreadPool}. */
  public static final class Builder {
    private int threads = Multiproc.cpuCount();
    private boolean virtualThreads;

    private Builder() {}

    /** How many threads (default: the CPU count). */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("Number of threads must be at least 1: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Whether the pool's threads are virtual threads (JDK 21 and later); {@link #build()} fails with
     * an {@link UnsupportedOperationException} saying so on an older JDK.
     */
    public Builder virtualThreads(boolean virtual) {
      this.virtualThreads = virtual;
      return this;
    }

    /** Starts the threads. */
    public ThreadPool build() {
      return new ThreadPool(PoolCore.threads(threads, virtualThreads));
    }
  }
}
