package io.github.multiproc.spi;

import io.github.multiproc.internal.process.ChildRuntime;

/**
 * The child side of a worker call: every generated launcher's {@code main} calls {@link #run}.
 * Python's {@code spawn.spawn_main}.
 */
public final class ChildMain {
  private ChildMain() {}

  /**
   * Reads the bootstrap from stdin, connects to the parent, runs {@code dispatcher} for the entry
   * the parent asked for, reports the result or exception and exits with Python's exit codes.
   * Never returns.
   */
  public static void run(WorkerDispatcher dispatcher, String[] args) {
    ChildRuntime.run(dispatcher);
  }
}
