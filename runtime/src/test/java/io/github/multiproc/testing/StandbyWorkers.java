package io.github.multiproc.testing;

import io.github.multiproc.Multiproc;
import io.github.multiproc.ProcessInfo;
import io.github.multiproc.annotation.Worker;

/**
 * The "user code" of the STANDBY start-method tests: the processor generates
 * {@code StandbyWorkers_Launcher} and the factories {@code StandbyWorkersProcesses} from it.
 */
public final class StandbyWorkers {
  /** Static state: 1 after the first bump in a fresh JVM. */
  private static int bumps;

  private StandbyWorkers() {}

  /**
   * main class|name|pid|parent pid|the property multiproc.test.mark|get_start_method(): the main
   * class tells a standby JVM from a spawned one, the property whether the child got its JVM
   * arguments, the last what the child believes about how it was started.
   */
  @Worker
  public static String describe() {
    ProcessInfo me = Multiproc.currentProcess();
    ProcessInfo parent = Multiproc.parentProcess().orElseThrow();
    String command = System.getProperty("sun.java.command", "");
    int space = command.indexOf(' ');
    String mainClass = space < 0 ? command : command.substring(0, space);
    return mainClass
        + "|"
        + me.name()
        + "|"
        + me.pid()
        + "|"
        + parent.pid()
        + "|"
        + System.getProperty("multiproc.test.mark")
        + "|"
        + Multiproc.getStartMethod();
  }

  /** Counts the calls in this JVM: 1 in a fresh one. */
  @Worker
  public static int bump() {
    return ++bumps;
  }
}
