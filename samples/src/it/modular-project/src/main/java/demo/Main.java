package demo;

import io.github.multiproc.ChildProcess;

/**
 * A modular application's entry point, run as {@code java -p ... -m demo.modular/demo.Main}: starts
 * the worker, prints what the child reported, and exits with the child's exit code.
 */
public final class Main {
  private Main() {}

  /** Runs {@link Modular#whereAmI()} in a child JVM. */
  public static void main(String[] args) {
    ChildProcess<String> p = ModularProcesses.whereAmI();
    try {
      p.start();
      p.join();
      System.out.println(
          "parent="
              + Main.class.getModule().getName()
              + "|"
              + System.getProperty("jdk.module.main"));
      System.out.println("child=" + p.result());
      System.out.println("exitcode=" + p.exitCode());
      System.exit(p.exitCode());
    } finally {
      if (p.isAlive()) {
        p.kill();
      }
    }
  }
}
