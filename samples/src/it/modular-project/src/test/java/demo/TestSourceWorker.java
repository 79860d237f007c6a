package demo;

import io.github.multiproc.annotation.Worker;

/**
 * A worker declared in test sources: Surefire patches these classes into demo.modular, so a
 * child started on the module path must be given the same patch to find its launcher.
 */
class TestSourceWorker {
  /** {@code <module of this class>|<pid>}, from the child. */
  @Worker
  static String whereAmI() {
    return TestSourceWorker.class.getModule().getName() + "|" + ProcessHandle.current().pid();
  }
}
