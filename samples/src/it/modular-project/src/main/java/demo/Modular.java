package demo;

import io.github.multiproc.annotation.Worker;

/** A worker that reports facts about the JVM it runs in that only a modular child can know. */
public class Modular {
  /**
   * Where this code runs: {@code <module name>|<module named?>|<jdk.module.main>|<pid>}. The
   * launcher sets {@code jdk.module.main} only for a JVM started with {@code -m <module>/...}.
   */
  @Worker
  static String whereAmI() {
    Module module = Modular.class.getModule();
    return module.getName()
        + "|"
        + module.isNamed()
        + "|"
        + System.getProperty("jdk.module.main")
        + "|"
        + ProcessHandle.current().pid();
  }
}
