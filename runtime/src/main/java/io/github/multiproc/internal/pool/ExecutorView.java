package io.github.multiproc.internal.pool;

import io.github.multiproc.AsyncResult;
import io.github.multiproc.PoolTask;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * A pool as an {@link ExecutorService}. A process pool can only run what a worker JVM can find by
 * id, so it takes {@link PoolTask.Bound} callables ({@code task.bind(argument)}); a thread pool
 * also runs plain {@link Callable}s and {@link Runnable}s. Returned futures keep {@link Future}'s
 * contract (failures in {@link ExecutionException}).
 */
public final class ExecutorView implements ExecutorService {
  private final PoolCore core;
  private final boolean plainCallables;

  /** {@code plainCallables}: whether any Callable/Runnable may run (threads only). */
  public ExecutorView(PoolCore core, boolean plainCallables) {
    this.core = core;
    this.plainCallables = plainCallables;
  }

  @Override
  public <T> Future<T> submit(Callable<T> callable) {
    Objects.requireNonNull(callable, "callable");
    if (callable instanceof PoolTask.Bound) {
      PoolTask.Bound<?, T> bound = (PoolTask.Bound<?, T>) callable;
      AsyncResult<T> result =
          core.applyAsync(TaskRef.of(bound.task()), bound.argument(), null, null);
      return new FutureView<>(result);
    }
    if (!plainCallables) {
      throw new IllegalArgumentException(
          "a process pool runs @Pooled tasks only, which its worker"
              + " JVMs find by id: submit(SomeTasks.method.bind(argument)), not "
              + callable.getClass()
              + " (a lambda or other Callable cannot travel to another JVM)");
    }
    Function<Object, T> call =
        ignored -> {
          try {
            return callable.call();
          } catch (RuntimeException e) {
            throw e;
          } catch (Exception e) {
            throw new java.util.concurrent.CompletionException(e);
          }
        };
    return new FutureView<>(core.applyAsync(TaskRef.ofFunction(call), null, null, null));
  }

  @Override
  public <T> Future<T> submit(Runnable task, T result) {
    Objects.requireNonNull(task, "task");
    return submit(runnableCallable(task, result));
  }

  @Override
  public Future<?> submit(Runnable task) {
    return submit(task, null);
  }

  @Override
  public void execute(Runnable command) {
    submit(command);
  }

  private <T> Callable<T> runnableCallable(Runnable task, T result) {
    if (!plainCallables) {
      throw new IllegalArgumentException(
          "a process pool runs @Pooled tasks only:"
              + " submit(SomeTasks.method.bind(argument)), not a Runnable ("
              + task.getClass()
              + ")");
    }
    return () -> {
      task.run();
      return result;
    };
  }

  @Override
  public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks)
      throws InterruptedException {
    List<Future<T>> futures = submitAll(tasks);
    for (Future<T> future : futures) {
      try {
        future.get();
      } catch (ExecutionException | CancellationException e) {
        // reported through the future
      }
    }
    return futures;
  }

  @Override
  public <T> List<Future<T>> invokeAll(
      Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
      throws InterruptedException {
    long deadline = System.nanoTime() + unit.toNanos(timeout);
    List<Future<T>> futures = submitAll(tasks);
    for (Future<T> future : futures) {
      long left = deadline - System.nanoTime();
      try {
        future.get(Math.max(0, left), TimeUnit.NANOSECONDS);
      } catch (ExecutionException | CancellationException e) {
        // reported through the future
      } catch (TimeoutException e) {
        for (Future<T> other : futures) {
          other.cancel(true);
        }
        break;
      }
    }
    return futures;
  }

  private <T> List<Future<T>> submitAll(Collection<? extends Callable<T>> tasks) {
    List<Future<T>> futures = new ArrayList<>(tasks.size());
    for (Callable<T> task : tasks) {
      futures.add(submit(task));
    }
    return futures;
  }

  @Override
  public <T> T invokeAny(Collection<? extends Callable<T>> tasks)
      throws InterruptedException, ExecutionException {
    try {
      return invokeAny(tasks, Long.MAX_VALUE / 4, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new ExecutionException("no task completed", e);
    }
  }

  @Override
  public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
      throws InterruptedException, ExecutionException, TimeoutException {
    if (tasks.isEmpty()) {
      throw new IllegalArgumentException("no tasks");
    }
    long deadline = System.nanoTime() + unit.toNanos(timeout);
    List<Future<T>> futures = submitAll(tasks);
    try {
      ExecutionException last = null;
      List<Future<T>> pending = new ArrayList<>(futures);
      while (!pending.isEmpty()) {
        for (int i = 0; i < pending.size(); i++) {
          Future<T> future = pending.get(i);
          if (future.isDone()) {
            pending.remove(i--);
            try {
              return future.get();
            } catch (ExecutionException e) {
              last = e;
            } catch (CancellationException e) {
              last = new ExecutionException(e);
            }
          }
        }
        if (System.nanoTime() - deadline > 0) {
          throw new TimeoutException("no task completed within " + timeout + " " + unit);
        }
        Thread.sleep(1);
      }
      throw last;
    } finally {
      for (Future<T> future : futures) {
        future.cancel(true);
      }
    }
  }

  @Override
  public void shutdown() {
    core.shutdown();
  }

  /** Terminates the pool; the tasks that never started fail, so the returned list is empty. */
  @Override
  public List<Runnable> shutdownNow() {
    core.terminate();
    return List.of();
  }

  @Override
  public boolean isShutdown() {
    return core.isShutdown();
  }

  @Override
  public boolean isTerminated() {
    return core.isTerminated();
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
    if (!core.isShutdown()) {
      unit.sleep(timeout); // nothing to wait for, as for any executor still running
      return false;
    }
    return core.awaitTermination(timeout, unit);
  }

  /** An {@link AsyncResult} with {@link Future}'s exception contract. */
  private static final class FutureView<T> implements Future<T> {
    private final AsyncResult<T> result;

    FutureView(AsyncResult<T> result) {
      this.result = result;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      return result.cancel(mayInterruptIfRunning);
    }

    @Override
    public boolean isCancelled() {
      return result.isCancelled();
    }

    @Override
    public boolean isDone() {
      return result.isDone();
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
      try {
        return result.get(Long.MAX_VALUE / 4, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        throw new AssertionError(e);
      }
    }

    @Override
    public T get(long timeout, TimeUnit unit)
        throws InterruptedException, ExecutionException, TimeoutException {
      return result.get(timeout, unit);
    }
  }
}
