package io.github.multiproc.testing;

import io.github.multiproc.Multiproc;
import io.github.multiproc.ProcessInfo;
import io.github.multiproc.spi.ChildMain;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import io.github.multiproc.spi.WorkerDispatcher;

/** A hand-written launcher, in the generated shape, for the STANDBY start-method tests. */
public final class StandbyTestLauncher implements WorkerDispatcher {
  private StandbyTestLauncher() {}

  public static void main(String[] args) {
    ChildMain.run(new StandbyTestLauncher(), args);
  }

  @Override
  public void dispatch(String entryKey, WireInput arguments, WireOutput result) throws Throwable {
    arguments.requireFullyRead(); // no entry takes arguments
    switch (entryKey) {
      case "describe()":
        Codecs.STRING.encode(result, Workers.describe());
        return;
      case "bump()":
        Codecs.INTEGER.encode(result, Workers.bump());
        return;
      default:
        throw WorkerDispatcher.unknownEntry(entryKey, StandbyTestLauncher.class);
    }
  }

  /** The "user code". */
  static final class Workers {
    /** Static state: 1 after the first bump in a fresh JVM. */
    private static int bumps;

    private Workers() {}

    /**
     * main class|name|pid|parent pid|the property multiproc.test.mark|get_start_method(): the main
     * class tells a standby JVM from a spawned one, the property whether the child got its JVM
     * arguments, the last what the child believes about how it was started.
     */
    static String describe() {
      ProcessInfo me = Multiproc.currentProcess();
      ProcessInfo parent = Multiproc.parentProcess().orElseThrow();
      String command = System.getProperty("sun.java.command", "");
      int space = command.indexOf(' ');
      String mainClass = space < 0 ? command : command.substring(0, space);
      return mainClass + "|" + me.name() + "|" + me.pid() + "|" + parent.pid() + "|"
          + System.getProperty("multiproc.test.mark") + "|" + Multiproc.getStartMethod();
    }

    static int bump() {
      return ++bumps;
    }
  }
}
