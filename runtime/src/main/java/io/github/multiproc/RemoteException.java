package io.github.multiproc;

/**
 * An exception thrown by a child's worker, re-thrown in the parent by {@link ChildProcess#result()}
 * (Python's {@code multiprocessing.pool.RemoteTraceback}, but carried for plain processes too).
 *
 * <p>The child's exception class may not exist in the parent, and bytes from a peer never choose a
 * class to instantiate, so the original is not rebuilt: this exception carries its class name
 * ({@link #remoteClassName()}), its message as {@code "<class>: <message>"}, its stack trace as
 * recorded in the child (so {@link #printStackTrace()} shows the child's frames) and its causes as
 * further {@code RemoteException}s.
 */
public final class RemoteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String remoteClassName;
  private final String remoteMessage;

  /**
   * For the runtime, which decodes the child's report: one remote throwable.
   *
   * @param remoteClassName the binary name of the exception's class in the child
   * @param remoteMessage its message, or {@code null}
   * @param remoteStackTrace its stack trace in the child
   * @param cause its remote cause, or {@code null}
   */
  public RemoteException(
      String remoteClassName,
      String remoteMessage,
      StackTraceElement[] remoteStackTrace,
      RemoteException cause) {
    super(remoteMessage == null ? remoteClassName : remoteClassName + ": " + remoteMessage, cause);
    this.remoteClassName = remoteClassName;
    this.remoteMessage = remoteMessage;
    setStackTrace(remoteStackTrace);
  }

  /** The binary class name of the exception thrown in the child, e.g. {@code java.io.IOException}. */
  public String remoteClassName() {
    return remoteClassName;
  }

  /** The message of the exception thrown in the child, or {@code null} if it had none. */
  public String remoteMessage() {
    return remoteMessage;
  }
}
