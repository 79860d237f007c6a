package demo;

import io.github.multiproc.spi.ChildMain;
import io.github.multiproc.spi.WorkerDispatcher;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import javax.annotation.processing.Generated;

/**
 * Runs the worker members of {@link Mixed} in a child JVM.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class Mixed_Launcher implements WorkerDispatcher {
  private Mixed_Launcher() {
  }

  /**
   * The child JVM's entry point; the runtime passes the call on stdin.
   */
  public static void main(String[] args) {
    ChildMain.run(new Mixed_Launcher(), args);
  }

  /**
   * Run by an idle standby JVM: verifies {@link Mixed} without initializing it, so the child
   * the standby becomes does not do it on its first call.
   */
  public static void standbyWarmUp() {
    ChildMain.linkAhead(Mixed.class);
  }

  @Override
  public void dispatch(String entryKey, WireInput arguments, WireOutput result) throws Throwable {
    switch (entryKey) {
      case "run(demo.Mixed.Mode,java.lang.String)": {
        Mixed.Mode mode = Mixed_Codecs.MIXED_MODE.decode(arguments);
        String text = Codecs.STRING.decode(arguments);
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, Mixed.run(mode, text));
        return;
      }
      case "watch(long)": {
        long interval = arguments.readLong();
        arguments.requireFullyRead();
        Mixed.watch(interval);
        return;
      }
      default:
        throw WorkerDispatcher.unknownEntry(entryKey, Mixed_Launcher.class);
    }
  }
}
