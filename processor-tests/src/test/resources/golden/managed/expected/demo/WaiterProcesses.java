package demo;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.ManagedBarrier;
import io.github.multiproc.ManagedCondition;
import io.github.multiproc.ManagedEvent;
import io.github.multiproc.ManagedJoinableQueue;
import io.github.multiproc.ManagedSemaphore;
import io.github.multiproc.ManagedValue;
import io.github.multiproc.spi.ManagerHandles;
import io.github.multiproc.spi.WorkerCall;
import io.github.multiproc.wire.Codecs;
import javax.annotation.processing.Generated;

/**
 * Factories for the worker processes of {@link Waiter}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class WaiterProcesses {
  private WaiterProcesses() {
  }

  /**
   * An unstarted child process running {@link Waiter#coordinate(ManagedSemaphore, ManagedCondition, ManagedBarrier, ManagedJoinableQueue)}.
   */
  static ChildProcess<Void> coordinate(ManagedSemaphore slots, ManagedCondition changed,
      ManagedBarrier start, ManagedJoinableQueue<String> tasks) {
    return WorkerCall.to(Waiter_Launcher.class, "coordinate(io.github.multiproc.ManagedSemaphore,io.github.multiproc.ManagedCondition,io.github.multiproc.ManagedBarrier,io.github.multiproc.ManagedJoinableQueue)", Codecs.VOID)
        .arguments(out -> {
          ManagerHandles.<ManagedSemaphore>reference().encode(out, slots);
          ManagerHandles.<ManagedCondition>reference().encode(out, changed);
          ManagerHandles.<ManagedBarrier>reference().encode(out, start);
          ManagerHandles.<ManagedJoinableQueue<String>>reference().encode(out, tasks);
        })
        .newProcess();
  }

  /**
   * An unstarted child process running {@link Waiter#waitAndRead(ManagedEvent, ManagedValue)}.
   */
  public static ChildProcess<Integer> waitAndRead(ManagedEvent ready, ManagedValue<Integer> count) {
    return WorkerCall.to(Waiter_Launcher.class, "waitAndRead(io.github.multiproc.ManagedEvent,io.github.multiproc.ManagedValue)", Codecs.INTEGER)
        .arguments(out -> {
          ManagerHandles.<ManagedEvent>reference().encode(out, ready);
          ManagerHandles.<ManagedValue<Integer>>reference().encode(out, count);
        })
        .newProcess();
  }
}
