package demo;

import io.github.multiproc.spi.ChildMain;
import io.github.multiproc.spi.WorkerDispatcher;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import javax.annotation.processing.Generated;

/**
 * Runs the worker members of {@link Greeting} in a child JVM.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class Greeting_Launcher implements WorkerDispatcher {
  private Greeting_Launcher() {
  }

  /**
   * The child JVM's entry point; the runtime passes the call on stdin.
   */
  public static void main(String[] args) {
    ChildMain.run(new Greeting_Launcher(), args);
  }

  /**
   * Run by an idle standby JVM: verifies {@link Greeting} without initializing it, so the child
   * the standby becomes does not do it on its first call.
   */
  public static void standbyWarmUp() {
    ChildMain.linkAhead(Greeting.class);
  }

  @Override
  public void dispatch(String entryKey, WireInput arguments, WireOutput result) throws Throwable {
    switch (entryKey) {
      case "new(java.lang.String,int)": {
        String name = Codecs.STRING.decode(arguments);
        int times = arguments.readInt();
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, new Greeting(name, times).call());
        return;
      }
      default:
        throw WorkerDispatcher.unknownEntry(entryKey, Greeting_Launcher.class);
    }
  }
}
