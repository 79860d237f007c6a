package io.github.multiproc.internal.pool;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Consecutive items of one submission that travel and run together (Python's chunk): the unit a
 * back end takes, sends and completes. Completed at most once, so a late result after a timeout or
 * a terminate is ignored.
 */
final class Chunk {
  final Job job;
  final TaskRef task;
  final int first;
  final Object[] arguments;

  /** The encoded arguments, kept so a chunk put back after a worker death is not encoded twice. */
  byte[] encoded;

  private final AtomicBoolean finished = new AtomicBoolean();

  Chunk(Job job, TaskRef task, int first, Object[] arguments) {
    this.job = job;
    this.task = task;
    this.first = first;
    this.arguments = arguments;
  }

  int size() {
    return arguments.length;
  }

  /** Delivers the outcomes; {@code failures} may be null when every item succeeded. */
  void complete(Object[] values, Throwable[] failures) {
    if (!finished.compareAndSet(false, true)) {
      return;
    }
    if (failures == null) {
      job.acceptAll(first, values);
      return;
    }
    for (int i = 0; i < values.length; i++) {
      Throwable failure = failures == null ? null : failures[i];
      if (failure != null) {
        job.fail(first + i, failure);
      } else {
        job.accept(first + i, values[i]);
      }
    }
  }

  /** Delivers the outcomes as the worker encoded them, to a job that wants them so. */
  void completeEncoded(byte[] results) {
    if (finished.compareAndSet(false, true)) {
      job.acceptEncoded(first, results);
    }
  }

  /** Fails every item with {@code failure}. */
  void fail(Throwable failure) {
    if (finished.compareAndSet(false, true)) {
      job.failChunk(first, arguments.length, failure);
    }
  }
}
