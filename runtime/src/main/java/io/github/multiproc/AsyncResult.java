package io.github.multiproc;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * The pending result of {@link TaskPool#applyAsync} or {@link TaskPool#mapAsync}: Python's
 * {@code AsyncResult} ({@code ApplyResult}/{@code MapResult}), usable as a {@link Future} and
 * convertible to a {@link CompletableFuture}.
 *
 * <p>{@link #get()} follows Python: it returns the value or throws the task's failure itself, all
 * unchecked: {@link RemoteException} (the task threw in a worker JVM; it carries the remote stack
 * trace), {@link WorkerDiedException}, {@link TaskTimeoutException}, or
 * {@link java.util.concurrent.CancellationException} (the pool was terminated, or the result
 * cancelled). Like {@link ChildProcess#join()}, {@code get()} and {@code waitFor} keep waiting when
 * the thread is interrupted and restore its interrupt flag before returning; the pool never leaves a
 * result pending forever (a dead worker fails its task). The {@link Future} method
 * {@link #get(long, java.util.concurrent.TimeUnit)} keeps {@code Future}'s contract instead:
 * interruptible, failures wrapped in {@link java.util.concurrent.ExecutionException}.
 *
 * <p>A result with a callback becomes ready after its callback ran, as in Python.
 *
 * @param <R> the result type
 */
public interface AsyncResult<R> extends Future<R> {
  /** Python's {@code get()}: waits, then returns the value or throws the task's failure. */
  @Override
  R get();

  /**
   * Python's {@code get(timeout)}.
   *
   * @throws TimeoutException if the result is not ready within {@code timeout} (Python's
   *     {@code multiprocessing.TimeoutError})
   */
  R get(Duration timeout) throws TimeoutException;

  /** Python's {@code ready()}: whether the call has completed. */
  boolean ready();

  /**
   * Python's {@code successful()}: whether the call completed without failure.
   *
   * @throws IllegalStateException if it is not ready yet (Python's {@code ValueError})
   */
  boolean successful();

  /** Python's {@code wait()}: waits until the result is ready. */
  void waitFor();

  /** Python's {@code wait(timeout)}: waits at most {@code timeout}; returns {@link #ready()}. */
  boolean waitFor(Duration timeout);

  /**
   * A {@link CompletableFuture} completed with this result (exceptionally with the failure).
   * Completing or cancelling it does not affect the pool. Its dependent stages run on the pool's
   * result thread unless they are added after completion; keep them short or use the async forms.
   */
  CompletableFuture<R> toCompletableFuture();
}
