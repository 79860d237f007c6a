package io.github.multiproc.internal.log;

import java.lang.System.Logger.Level;

/**
 * A {@link System.Logger} made on its first message (Python's {@code multiprocessing.util}
 * {@code get_logger()}, which also makes its logger only when asked). {@code System.getLogger}
 * loads the logging backend, which a fresh JVM then pays for on its first child, queue, pipe,
 * listener or lock; the runtime logs warnings only, so most processes never need it.
 */
public final class LazyLogger {
  private final String name;
  private volatile System.Logger logger;

  /** A logger named {@code name} ({@code io.github.multiproc.<area>}), not made yet. */
  public LazyLogger(String name) {
    this.name = name;
  }

  /** Logs {@code message} at {@code level}. */
  public void log(Level level, String message) {
    logger().log(level, message);
  }

  /** Logs {@code message} at {@code level} with the stack trace of {@code thrown}. */
  public void log(Level level, String message, Throwable thrown) {
    logger().log(level, message, thrown);
  }

  private System.Logger logger() {
    System.Logger made = logger;
    if (made == null) {
      // Two threads may both make it: System.getLogger returns a logger for the same name either
      // way, so the race costs nothing.
      made = System.getLogger(name);
      logger = made;
    }
    return made;
  }
}
