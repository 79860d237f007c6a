package io.github.multiproc.internal.pool;

import io.github.multiproc.AsyncResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * {@link AsyncResult} of {@code applyAsync} (one item) and {@code mapAsync} (a list): Python's
 * {@code ApplyResult} and {@code MapResult}. The first failure settles a map, as in Python.
 */
final class Result<R> implements AsyncResult<R>, Job {
  private final ResultThread results;
  private final boolean single;
  private final Object[] values;
  private final Consumer<? super R> callback;
  private final Consumer<? super Throwable> errorCallback;
  private final CountDownLatch done = new CountDownLatch(1);
  private int remaining;
  private boolean settled;
  private R value;
  private volatile RuntimeException failure;
  private List<CompletableFuture<R>> views;

  Result(
      ResultThread results,
      boolean single,
      int size,
      Consumer<? super R> callback,
      Consumer<? super Throwable> errorCallback) {
    this.results = results;
    this.single = single;
    this.values = new Object[size];
    this.remaining = size;
    this.callback = callback;
    this.errorCallback = errorCallback;
    if (size == 0) {
      settle(null);
    }
  }

  @Override
  public void accept(int index, Object item) {
    synchronized (this) {
      if (settled) {
        return;
      }
      values[index] = item;
      if (--remaining > 0) {
        return;
      }
    }
    settle(null);
  }

  /** One lock for a whole chunk, not one per item. */
  @Override
  public void acceptAll(int first, Object[] items) {
    synchronized (this) {
      if (settled) {
        return;
      }
      System.arraycopy(items, 0, values, first, items.length);
      remaining -= items.length;
      if (remaining > 0) {
        return;
      }
    }
    settle(null);
  }

  @Override
  public void fail(int index, Throwable cause) {
    settle(Failures.unchecked(cause));
  }

  @Override
  public boolean abandoned() {
    synchronized (this) {
      return settled;
    }
  }

  @SuppressWarnings("unchecked")
  private void settle(RuntimeException cause) {
    List<CompletableFuture<R>> toComplete;
    synchronized (this) {
      if (settled) {
        return;
      }
      settled = true;
      if (cause == null) {
        value =
            single
                ? (R) values[0]
                : (R) Collections.unmodifiableList(new ArrayList<>(Arrays.asList(values)));
      }
      failure = cause;
      toComplete = views;
      views = null;
    }
    boolean needsThread =
        toComplete != null || (cause == null ? callback != null : errorCallback != null);
    if (!needsThread) {
      done.countDown();
      return;
    }
    results.post(
        () -> {
          try {
            if (cause == null && callback != null) {
              callback.accept(value);
            } else if (cause != null && errorCallback != null) {
              errorCallback.accept(cause);
            }
          } catch (Throwable t) {
            ResultThread.report(t);
          } finally {
            done.countDown(); // ready after the callback, as in Python
          }
          if (toComplete != null) {
            for (CompletableFuture<R> view : toComplete) {
              complete(view);
            }
          }
        });
  }

  private void complete(CompletableFuture<R> view) {
    if (failure != null) {
      view.completeExceptionally(failure);
    } else {
      view.complete(value);
    }
  }

  @Override
  public R get() {
    waitFor();
    return outcome();
  }

  private R outcome() {
    RuntimeException cause = failure;
    if (cause != null) {
      throw cause;
    }
    synchronized (this) {
      return value;
    }
  }

  @Override
  public R get(Duration timeout) throws TimeoutException {
    if (!waitFor(timeout)) {
      throw new TimeoutException("the result was not ready within " + timeout.toMillis() + " ms");
    }
    return outcome();
  }

  @Override
  public R get(long timeout, TimeUnit unit)
      throws InterruptedException, ExecutionException, TimeoutException {
    if (!done.await(timeout, unit)) {
      throw new TimeoutException("the result was not ready within " + timeout + " " + unit);
    }
    RuntimeException cause = failure;
    if (cause instanceof CancellationException) {
      throw (CancellationException) cause;
    }
    if (cause != null) {
      throw new ExecutionException(cause);
    }
    return outcome();
  }

  @Override
  public boolean ready() {
    return done.getCount() == 0;
  }

  @Override
  public boolean successful() {
    if (!ready()) {
      throw new IllegalStateException("the result is not ready (Python: ValueError)");
    }
    return failure == null;
  }

  @Override
  public void waitFor() {
    boolean interrupted = false;
    while (true) {
      try {
        done.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean waitFor(Duration timeout) {
    long deadline = System.nanoTime() + Math.max(0, timeout.toNanos());
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return done.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public CompletableFuture<R> toCompletableFuture() {
    CompletableFuture<R> view = new CompletableFuture<>();
    synchronized (this) {
      if (!settled) {
        if (views == null) {
          views = new ArrayList<>(1);
        }
        views.add(view);
        return view;
      }
    }
    complete(view);
    return view;
  }

  /** Future's cancel: settles a result that is not yet ready; its queued chunks are dropped. */
  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    synchronized (this) {
      if (settled) {
        return false;
      }
    }
    settle(new CancellationException("the result was cancelled"));
    if (!results.isCurrent()) {
      waitFor(); // Future: isDone() once cancel returned true
    }
    return failure instanceof CancellationException;
  }

  @Override
  public boolean isCancelled() {
    return ready() && failure instanceof CancellationException;
  }

  @Override
  public boolean isDone() {
    return ready();
  }
}
