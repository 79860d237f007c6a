package demo;

import io.github.multiproc.spi.ChildMain;
import io.github.multiproc.spi.ManagerHandles;
import io.github.multiproc.spi.WorkerDispatcher;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.Containers;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.util.concurrent.ConcurrentMap;
import javax.annotation.processing.Generated;

/**
 * Runs the worker members of {@link Bumper} in a child JVM.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class Bumper_Launcher implements WorkerDispatcher {
  private Bumper_Launcher() {
  }

  /**
   * The child JVM's entry point; the runtime passes the call on stdin.
   */
  public static void main(String[] args) {
    ChildMain.run(new Bumper_Launcher(), args);
  }

  /**
   * Run by an idle standby JVM: verifies {@link Bumper} without initializing it, so the child
   * the standby becomes does not do it on its first call.
   */
  public static void standbyWarmUp() {
    ChildMain.linkAhead(Bumper.class);
  }

  @Override
  public void dispatch(String entryKey, WireInput arguments, WireOutput result) throws Throwable {
    switch (entryKey) {
      case "bump(demo.Counter,java.util.concurrent.ConcurrentMap)": {
        Counter counter = ManagerHandles.<Counter>reference().decode(arguments);
        ConcurrentMap<String, Integer> seen = Codecs.<String, Integer, ConcurrentMap<String, Integer>>map(Codecs.STRING, Codecs.INTEGER, Containers.concurrentHashMap()).decode(arguments);
        arguments.requireFullyRead();
        Codecs.INTEGER.encode(result, Bumper.bump(counter, seen));
        return;
      }
      default:
        throw WorkerDispatcher.unknownEntry(entryKey, Bumper_Launcher.class);
    }
  }
}
