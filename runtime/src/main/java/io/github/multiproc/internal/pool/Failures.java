package io.github.multiproc.internal.pool;

import java.util.concurrent.CompletionException;

/** How a task's failure is handed to the caller, who gets unchecked exceptions only. */
final class Failures {
  private Failures() {}

  /**
   * {@code cause} itself when unchecked (as Python re-raises the task's exception); a checked
   * exception from a thread pool task is wrapped in a {@link CompletionException}.
   */
  static RuntimeException unchecked(Throwable cause) {
    if (cause instanceof RuntimeException) {
      return (RuntimeException) cause;
    }
    return new CompletionException(cause);
  }
}
