package io.github.multiproc;

/**
 * A child ended without reporting a result: killed by a signal, {@code System.exit(n)} or
 * {@code Runtime.halt(n)} inside the worker, or a crash of its JVM. Python's {@code Process} has no
 * result and so no such error; {@code Pool} workers that die are reported the same way.
 */
public final class ProcessDiedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String processName;
  private final long pid;
  private final int exitCode;

  /** For the runtime: the child {@code processName} with {@code pid} ended with {@code exitCode}. */
  public ProcessDiedException(String processName, long pid, int exitCode) {
    super(
        processName
            + " (pid "
            + pid
            + ") ended with exit code "
            + exitCode
            + " before returning a result");
    this.processName = processName;
    this.pid = pid;
    this.exitCode = exitCode;
  }

  /** The name of the process that died. */
  public String processName() {
    return processName;
  }

  /** Its operating-system process id. */
  public long pid() {
    return pid;
  }

  /** Its exit code with Python's rules: {@code -N} for signal {@code N}. */
  public int exitCode() {
    return exitCode;
  }
}
