package io.github.multiproc;

import io.github.multiproc.spi.WorkerCall;

/**
 * A child JVM running one {@code @Worker} or {@code @Daemon} call: Python's
 * {@code multiprocessing.Process}. OUTLINE ONLY: the runtime helper replaces this file.
 *
 * @param <R> the type the worker returns; {@link Void} for {@code void} workers
 */
public final class ChildProcess<R> {
  private final WorkerCall.Spec<R> spec;

  /** For generated code: use the generated {@code <Class>Processes} factories. */
  public ChildProcess(WorkerCall.Spec<R> spec) {
    this.spec = spec;
  }
}
