package demo;

import io.github.multiproc.spi.ChildMain;
import io.github.multiproc.spi.WorkerDispatcher;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.time.Duration;
import javax.annotation.processing.Generated;

/**
 * Runs the worker members of {@link ClockProcess} in a child JVM.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class ClockProcess_Launcher implements WorkerDispatcher {
  private ClockProcess_Launcher() {
  }

  /**
   * The child JVM's entry point; the runtime passes the call on stdin.
   */
  public static void main(String[] args) {
    ChildMain.run(new ClockProcess_Launcher(), args);
  }

  /**
   * Run by an idle standby JVM: verifies {@link ClockProcess} without initializing it, so the child
   * the standby becomes does not do it on its first call.
   */
  public static void standbyWarmUp() {
    ChildMain.linkAhead(ClockProcess.class);
  }

  @Override
  public void dispatch(String entryKey, WireInput arguments, WireOutput result) throws Throwable {
    switch (entryKey) {
      case "new(java.time.Duration)": {
        Duration interval = Codecs.DURATION.decode(arguments);
        arguments.requireFullyRead();
        new ClockProcess(interval).run();
        return;
      }
      default:
        throw WorkerDispatcher.unknownEntry(entryKey, ClockProcess_Launcher.class);
    }
  }
}
