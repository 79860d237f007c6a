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
   * the parent asked for, reports the result or exception and exits with Python's exit codes:
   * for exit code 0 it returns, and the launcher's {@code main} must return right after it.
   */
  public static void run(WorkerDispatcher dispatcher, String[] args) {
    ChildRuntime.run(dispatcher);
  }

  /**
   * Loads and links (verifies) {@code classes} without initializing them: no static initializer
   * runs. A generated launcher's {@code standbyWarmUp()} calls it for the user's class, so an idle
   * standby JVM verifies that class while it waits, not the child it becomes on its first call (no
   * Python counterpart: a forked child inherits its parent's classes). A class that cannot be
   * linked is skipped; the child's call reports the error as usual.
   */
  public static void linkAhead(Class<?>... classes) {
    for (Class<?> type : classes) {
      try {
        type.getDeclaredMethods(); // HotSpot links a class before listing its declared methods
      } catch (LinkageError | SecurityException e) {
        // the child loads it when called, and reports what goes wrong then
      }
    }
  }
}
