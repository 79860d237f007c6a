package io.github.multiproc;

import io.github.multiproc.internal.process.ExitCodes;

/**
 * The pool worker JVM running a task ended before reporting its result: killed by a signal,
 * {@code System.exit}/{@code Runtime.halt} in the task, an {@link OutOfMemoryError} (pool workers
 * exit on one, with code 3) or a crash. Only the task that was running fails; the pool starts a
 * replacement worker and the other tasks go on. CPython's pool hangs forever here (CPython issue
 * 96062); its {@code concurrent.futures} raises {@code BrokenProcessPool} for every task.
 */
public final class WorkerDiedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String workerName;
  private final long pid;
  private final int exitCode;
  private final String taskId;

  /**
   * For the runtime: worker {@code workerName} with {@code pid} ended with {@code exitCode}
   * (Python's rules: {@code -N} for signal {@code N}) while running task {@code taskId}.
   */
  public WorkerDiedException(String workerName, long pid, int exitCode, String taskId) {
    super(
        "pool worker "
            + workerName
            + " (pid "
            + pid
            + ") died with exit code "
            + ExitCodes.describe(exitCode)
            + hint(exitCode)
            + " while running "
            + taskId);
    this.workerName = workerName;
    this.pid = pid;
    this.exitCode = exitCode;
    this.taskId = taskId;
  }

  /**
   * For a back end whose workers are not this machine's processes (a cluster member): worker
   * {@code workerName} went away ({@code how}, e.g. {@code left the cluster}) while running task
   * {@code taskId}. Its {@link #pid()} is -1 and its {@link #exitCode()} 0: neither is known here.
   */
  public WorkerDiedException(String workerName, String how, String taskId) {
    super("pool worker " + workerName + " " + how + " while running " + taskId);
    this.workerName = workerName;
    this.pid = -1;
    this.exitCode = 0;
    this.taskId = taskId;
  }

  private static String hint(int exitCode) {
    return exitCode == 3
        ? " (a JVM exits with 3 on OutOfMemoryError; raise -Xmx in the pool's" + " jvmArgs)"
        : "";
  }

  /**
   * The dead worker's process name, e.g. {@code SpawnPoolWorker-3}, or on a cluster the member,
   * e.g. {@code member 10.0.0.6:5701}.
   */
  public String workerName() {
    return workerName;
  }

  /** The dead worker's process id. */
  public long pid() {
    return pid;
  }

  /** Its exit code with Python's rules: {@code -9} after SIGKILL, {@code N} after exit(N). */
  public int exitCode() {
    return exitCode;
  }

  /** The id of the task that was running. */
  public String taskId() {
    return taskId;
  }
}
