package io.github.multiproc;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * Python's pool API, shared by {@link Pool} (worker JVMs) and {@link ThreadPool} (threads, Python's
 * {@code multiprocessing.dummy.Pool}). Tasks are {@link PoolTask}s: the constants the processor
 * generates for {@code @Pooled} methods.
 *
 * <pre>{@code
 * try (Pool pool = Pool.create(4)) {
 *   List<Integer> squares = pool.map(SquaresTasks.square, List.of(1, 2, 3));
 *   AsyncResult<Integer> r = pool.applyAsync(SquaresTasks.square, 7, v -> System.out.println(v));
 *   r.get();
 * } // close(): no new tasks, queued ones finish, workers exit
 * }</pre>
 *
 * <p>Submitting after {@link #close()} or {@link #terminate()} throws {@link IllegalStateException}
 * (Python's {@code ValueError: Pool not running}). Callbacks run in this JVM on the pool's result
 * thread, never on the caller's, one at a time and in completion order; keep them short, as in
 * Python. A callback that throws is reported on stderr and the pool goes on.
 *
 * <p>Thread-safe.
 */
public interface TaskPool extends AutoCloseable {
  /** Python's {@code apply(func, args)}: runs {@code task} on one worker and waits for it. */
  <A, R> R apply(PoolTask<A, R> task, A argument);

  /** Python's {@code apply_async(func, args)}. */
  <A, R> AsyncResult<R> applyAsync(PoolTask<A, R> task, A argument);

  /** Python's {@code apply_async(func, args, callback=...)}. */
  <A, R> AsyncResult<R> applyAsync(PoolTask<A, R> task, A argument, Consumer<? super R> callback);

  /** Python's {@code apply_async(func, args, callback=..., error_callback=...)}. */
  <A, R> AsyncResult<R> applyAsync(
      PoolTask<A, R> task,
      A argument,
      Consumer<? super R> callback,
      Consumer<? super Throwable> errorCallback);

  /**
   * Python's {@code map(func, iterable)}: the results in argument order; throws the first failure.
   * The arguments go in chunks of about {@code size / (4 * processes)}, as in Python.
   */
  <A, R> List<R> map(PoolTask<A, R> task, Iterable<? extends A> arguments);

  /** Python's {@code map(func, iterable, chunksize)}. */
  <A, R> List<R> map(PoolTask<A, R> task, Iterable<? extends A> arguments, int chunksize);

  /** Python's {@code map_async(func, iterable)}. */
  <A, R> AsyncResult<List<R>> mapAsync(PoolTask<A, R> task, Iterable<? extends A> arguments);

  /** Python's {@code map_async(func, iterable, chunksize)}. */
  <A, R> AsyncResult<List<R>> mapAsync(
      PoolTask<A, R> task, Iterable<? extends A> arguments, int chunksize);

  /** Python's {@code map_async(func, iterable, chunksize, callback, error_callback)}. */
  <A, R> AsyncResult<List<R>> mapAsync(
      PoolTask<A, R> task,
      Iterable<? extends A> arguments,
      int chunksize,
      Consumer<? super List<R>> callback,
      Consumer<? super Throwable> errorCallback);

  /**
   * Python's {@code imap(func, iterable)}: results in argument order as they become available
   * (chunksize 1). A {@link java.util.Collection} is queued whole at once, as Python's task
   * handler reads it; any other {@code Iterable} is read as the caller takes results, a bounded
   * number ahead of it, on a thread of the pool, so an endless one works. An exception from the
   * input's iterator comes from {@link ResultIterator#next()} after the earlier results. Closing or
   * terminating the pool stops reading such an input: once the results of the items read are
   * taken, {@code next()} throws {@link IllegalStateException} (closed) or
   * {@link java.util.concurrent.CancellationException} (terminated), so take the last result
   * before {@link #close()}.
   */
  <A, R> ResultIterator<R> imap(PoolTask<A, R> task, Iterable<? extends A> arguments);

  /**
   * Python's {@code imap(func, iterable, chunksize)}. When the input throws, the items already read
   * into the chunk it cut short never run, as in Python: {@code next()} throws after the results
   * of the chunks before it.
   */
  <A, R> ResultIterator<R> imap(
      PoolTask<A, R> task, Iterable<? extends A> arguments, int chunksize);

  /** Python's {@code imap_unordered(func, iterable)}: results in completion order. */
  <A, R> ResultIterator<R> imapUnordered(PoolTask<A, R> task, Iterable<? extends A> arguments);

  /** Python's {@code imap_unordered(func, iterable, chunksize)}. */
  <A, R> ResultIterator<R> imapUnordered(
      PoolTask<A, R> task, Iterable<? extends A> arguments, int chunksize);

  /**
   * Python's {@code starmap(func, iterable)}: {@code task} takes a generated argument record (e.g.
   * {@code ShopTasks.AddArgs}), so this is {@link #map} over those records.
   */
  default <A extends Record, R> List<R> starmap(
      PoolTask<A, R> task, Iterable<? extends A> arguments) {
    return map(task, arguments);
  }

  /** Python's {@code starmap(func, iterable, chunksize)}. */
  default <A extends Record, R> List<R> starmap(
      PoolTask<A, R> task, Iterable<? extends A> arguments, int chunksize) {
    return map(task, arguments, chunksize);
  }

  /** Python's {@code starmap_async(func, iterable)}. */
  default <A extends Record, R> AsyncResult<List<R>> starmapAsync(
      PoolTask<A, R> task, Iterable<? extends A> arguments) {
    return mapAsync(task, arguments);
  }

  /**
   * Python's {@code close()} followed by {@code join()}: no new tasks; the queued ones finish; then
   * the workers exit and this returns. This is {@link AutoCloseable#close()}, so try-with-resources
   * ends a pool gracefully. (Called from a callback or a task of this pool it does not wait.)
   */
  @Override
  void close();

  /**
   * Python's {@code join()}: waits for the workers to exit, after {@link #close()} or
   * {@link #terminate()}.
   *
   * @throws IllegalStateException if the pool is still running (Python's {@code ValueError})
   */
  void join();

  /**
   * Python's {@code terminate()}: stops the workers at once (worker JVMs are killed) and waits until
   * they are gone; queued and running tasks fail with
   * {@link java.util.concurrent.CancellationException}.
   */
  void terminate();

  /**
   * This pool as an {@link ExecutorService}, for code that takes one: {@code submit} and
   * {@code invokeAll} take {@link PoolTask#bind bound tasks} ({@code task.bind(argument)});
   * {@code shutdown} is a non-waiting {@link #close()}, {@code shutdownNow} is {@link #terminate()}.
   */
  ExecutorService asExecutorService();
}
