package io.github.multiproc.internal.hub;

/** The kind byte that starts the first frame of every authenticated hub connection. */
public final class ConnectionKind {
  /** A child reporting to the parent that started it: HELLO, then its result or failure. */
  public static final byte CHILD_CONTROL = 1;

  /** A process using a queue that another process's hub serves. */
  public static final byte QUEUE = 2;

  /** A process attaching to one end of a pipe this hub's process created. */
  public static final byte PIPE = 3;

  /** A pool worker JVM taking tasks from the pool that started it. */
  public static final byte POOL = 4;

  /** A process using objects a manager server holds (Python's {@code BaseProxy} connection). */
  public static final byte MANAGER = 5;

  private ConnectionKind() {}
}
