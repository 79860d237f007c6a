package io.github.multiproc;

import java.time.Duration;

/**
 * A task ran longer than the pool's {@code taskTimeout}: its worker JVM was killed (and replaced),
 * so whatever the task was doing is really stopped. Python cannot do this, and a Java thread cannot
 * be stopped this way either. For a chunk of {@code n} tasks (see {@code chunksize}) the limit is
 * {@code n} times the timeout, and every task of the chunk fails.
 */
public final class TaskTimeoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String taskId;
  private final Duration timeout;
  private final long pid;

  /** For the runtime: task {@code taskId} exceeded {@code timeout} in the worker {@code pid}. */
  public TaskTimeoutException(String taskId, Duration timeout, String workerName, long pid) {
    super(
        taskId
            + " ran longer than the pool's task timeout of "
            + timeout.toMillis()
            + " ms; its worker "
            + workerName
            + " (pid "
            + pid
            + ") was killed and replaced");
    this.taskId = taskId;
    this.timeout = timeout;
    this.pid = pid;
  }

  /** The id of the task that timed out. */
  public String taskId() {
    return taskId;
  }

  /** The pool's per-task timeout. */
  public Duration timeout() {
    return timeout;
  }

  /** The process id of the worker that was killed. */
  public long pid() {
    return pid;
  }
}
