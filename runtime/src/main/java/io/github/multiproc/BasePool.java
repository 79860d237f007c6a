package io.github.multiproc;

import io.github.multiproc.internal.pool.ExecutorView;
import io.github.multiproc.internal.pool.PoolCore;
import io.github.multiproc.internal.pool.TaskRef;
import io.github.multiproc.spi.pool.ChunkRunner;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/** The {@link TaskPool} operations on top of a {@link PoolCore}: shared by both pool kinds. */
abstract class BasePool implements TaskPool {
  final PoolCore core;
  private final ExecutorView executor;

  BasePool(PoolCore core, boolean plainCallables) {
    this.core = core;
    this.executor = new ExecutorView(core, plainCallables);
  }

  @Override
  public <A, R> R apply(PoolTask<A, R> task, A argument) {
    return applyAsync(task, argument).get();
  }

  @Override
  public <A, R> AsyncResult<R> applyAsync(PoolTask<A, R> task, A argument) {
    return core.applyAsync(TaskRef.of(task), argument, null, null);
  }

  @Override
  public <A, R> AsyncResult<R> applyAsync(
      PoolTask<A, R> task, A argument, Consumer<? super R> callback) {
    return core.applyAsync(TaskRef.of(task), argument, callback, null);
  }

  @Override
  public <A, R> AsyncResult<R> applyAsync(
      PoolTask<A, R> task,
      A argument,
      Consumer<? super R> callback,
      Consumer<? super Throwable> errorCallback) {
    return core.applyAsync(TaskRef.of(task), argument, callback, errorCallback);
  }

  @Override
  public <A, R> List<R> map(PoolTask<A, R> task, Iterable<? extends A> arguments) {
    return mapAsync(task, arguments).get();
  }

  @Override
  public <A, R> List<R> map(PoolTask<A, R> task, Iterable<? extends A> arguments, int chunksize) {
    return mapAsync(task, arguments, chunksize).get();
  }

  @Override
  public <A, R> AsyncResult<List<R>> mapAsync(
      PoolTask<A, R> task, Iterable<? extends A> arguments) {
    return core.mapAsync(TaskRef.of(task), arguments, 0, null, null);
  }

  @Override
  public <A, R> AsyncResult<List<R>> mapAsync(
      PoolTask<A, R> task, Iterable<? extends A> arguments, int chunksize) {
    return core.mapAsync(TaskRef.of(task), arguments, checkChunksize(chunksize), null, null);
  }

  @Override
  public <A, R> AsyncResult<List<R>> mapAsync(
      PoolTask<A, R> task,
      Iterable<? extends A> arguments,
      int chunksize,
      Consumer<? super List<R>> callback,
      Consumer<? super Throwable> errorCallback) {
    return core.mapAsync(
        TaskRef.of(task), arguments, checkChunksize(chunksize), callback, errorCallback);
  }

  @Override
  public <A, R> ResultIterator<R> imap(PoolTask<A, R> task, Iterable<? extends A> arguments) {
    return core.imap(TaskRef.of(task), arguments, 1, true);
  }

  @Override
  public <A, R> ResultIterator<R> imap(
      PoolTask<A, R> task, Iterable<? extends A> arguments, int chunksize) {
    return core.imap(TaskRef.of(task), arguments, chunksize, true);
  }

  @Override
  public <A, R> ResultIterator<R> imapUnordered(
      PoolTask<A, R> task, Iterable<? extends A> arguments) {
    return core.imap(TaskRef.of(task), arguments, 1, false);
  }

  @Override
  public <A, R> ResultIterator<R> imapUnordered(
      PoolTask<A, R> task, Iterable<? extends A> arguments, int chunksize) {
    return core.imap(TaskRef.of(task), arguments, chunksize, false);
  }

  static int checkChunksize(int chunksize) {
    if (chunksize < 1) {
      throw new IllegalArgumentException("chunksize must be at least 1, but is " + chunksize);
    }
    return chunksize;
  }

  @Override
  public void close() {
    core.close();
  }

  @Override
  public void join() {
    core.join();
  }

  @Override
  public void terminate() {
    core.terminate();
  }

  /**
   * This pool running chunks that arrive as bytes, for an engine that runs other JVMs' tasks on it
   * (a cluster member runs its chunks on a local pool this way). No counterpart in Python.
   * Closing the runner closes the pool.
   */
  public ChunkRunner chunkRunner() {
    return core.chunkRunner();
  }

  @Override
  public ExecutorService asExecutorService() {
    return executor;
  }
}
