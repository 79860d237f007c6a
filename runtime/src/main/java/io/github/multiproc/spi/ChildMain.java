package io.github.multiproc.spi;

/**
 * The child side of a worker call: every generated launcher's {@code main} calls {@link #run}.
 * OUTLINE ONLY: the runtime helper implements it.
 */
public final class ChildMain {
  private ChildMain() {}

  /**
   * Reads the bootstrap from stdin, connects to the parent, runs {@code dispatcher} for the entry
   * the parent asked for, reports the result or exception and exits with Python's exit codes.
   * Never returns.
   */
  public static void run(WorkerDispatcher dispatcher, String[] args) {
    throw new UnsupportedOperationException("outline");
  }
}
