package io.github.multiproc;

/**
 * A child could not get running. {@link ChildProcess#start()} throws it when the java executable
 * cannot be run; {@link ChildProcess#result()} throws it when the child JVM exited before it
 * connected back (a bad JVM flag, a launcher class missing from the child's class path; its stderr,
 * inherited from the parent, says why) or did not connect back within
 * {@code multiproc.startTimeout}. The message says which and what to do.
 */
public final class ProcessStartException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** For the runtime. */
  public ProcessStartException(String message) {
    super(message);
  }

  /** For the runtime. */
  public ProcessStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
