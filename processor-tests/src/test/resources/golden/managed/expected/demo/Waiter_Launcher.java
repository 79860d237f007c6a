package demo;

import io.github.multiproc.ManagedBarrier;
import io.github.multiproc.ManagedCondition;
import io.github.multiproc.ManagedEvent;
import io.github.multiproc.ManagedJoinableQueue;
import io.github.multiproc.ManagedSemaphore;
import io.github.multiproc.ManagedValue;
import io.github.multiproc.spi.ChildMain;
import io.github.multiproc.spi.ManagerHandles;
import io.github.multiproc.spi.WorkerDispatcher;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import javax.annotation.processing.Generated;

/**
 * Runs the worker members of {@link Waiter} in a child JVM.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class Waiter_Launcher implements WorkerDispatcher {
  private Waiter_Launcher() {
  }

  /**
   * The child JVM's entry point; the runtime passes the call on stdin.
   */
  public static void main(String[] args) {
    ChildMain.run(new Waiter_Launcher(), args);
  }

  /**
   * Run by an idle standby JVM: verifies {@link Waiter} without initializing it, so the child
   * the standby becomes does not do it on its first call.
   */
  public static void standbyWarmUp() {
    ChildMain.linkAhead(Waiter.class);
  }

  @Override
  public void dispatch(String entryKey, WireInput arguments, WireOutput result) throws Throwable {
    switch (entryKey) {
      case "coordinate(io.github.multiproc.ManagedSemaphore,io.github.multiproc.ManagedCondition,io.github.multiproc.ManagedBarrier,io.github.multiproc.ManagedJoinableQueue)": {
        ManagedSemaphore slots = ManagerHandles.<ManagedSemaphore>reference().decode(arguments);
        ManagedCondition changed = ManagerHandles.<ManagedCondition>reference().decode(arguments);
        ManagedBarrier start = ManagerHandles.<ManagedBarrier>reference().decode(arguments);
        ManagedJoinableQueue<String> tasks = ManagerHandles.<ManagedJoinableQueue<String>>reference().decode(arguments);
        arguments.requireFullyRead();
        Waiter.coordinate(slots, changed, start, tasks);
        return;
      }
      case "waitAndRead(io.github.multiproc.ManagedEvent,io.github.multiproc.ManagedValue)": {
        ManagedEvent ready = ManagerHandles.<ManagedEvent>reference().decode(arguments);
        ManagedValue<Integer> count = ManagerHandles.<ManagedValue<Integer>>reference().decode(arguments);
        arguments.requireFullyRead();
        Codecs.INTEGER.encode(result, Waiter.waitAndRead(ready, count));
        return;
      }
      default:
        throw WorkerDispatcher.unknownEntry(entryKey, Waiter_Launcher.class);
    }
  }
}
