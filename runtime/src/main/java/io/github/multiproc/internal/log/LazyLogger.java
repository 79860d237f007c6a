package io.github.multiproc.internal.log;

/**
 * A {@link System.Logger} made on first use (Python's {@code multiprocessing.util}
 * {@code get_logger()}, which also makes its logger only when asked). {@code System.getLogger}
 * loads the logging backend, which a fresh JVM would otherwise pay for on its first child, queue,
 * pipe, listener or lock; the runtime logs warnings only, so most processes never need it.
 *
 * <p>Callers log through {@code LOG.get().log(...)}, not through a method of this class, so that
 * the backend names the class that logs as the record's source.
 */
public final class LazyLogger {
  private final String name;
  private volatile System.Logger logger;

  /** A logger named {@code name} ({@code io.github.multiproc.<area>}), not made yet. */
  public LazyLogger(String name) {
    this.name = name;
  }

  /** The logger, made on the first call. */
  public System.Logger get() {
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
