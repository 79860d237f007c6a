package demo;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.spi.ManagerHandles;
import io.github.multiproc.spi.WorkerCall;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.Containers;
import java.util.concurrent.ConcurrentMap;
import javax.annotation.processing.Generated;

/**
 * Factories for the worker processes of {@link Bumper}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class BumperProcesses {
  private BumperProcesses() {
  }

  /**
   * An unstarted child process running {@link Bumper#bump(Counter, ConcurrentMap)}.
   */
  public static ChildProcess<Integer> bump(Counter counter, ConcurrentMap<String, Integer> seen) {
    return WorkerCall.to(Bumper_Launcher.class, "bump(demo.Counter,java.util.concurrent.ConcurrentMap)", Codecs.INTEGER)
        .arguments(out -> {
          ManagerHandles.<Counter>reference().encode(out, counter);
          Codecs.<String, Integer, ConcurrentMap<String, Integer>>map(Codecs.STRING, Codecs.INTEGER, Containers.concurrentHashMap()).encode(out, seen);
        })
        .newProcess();
  }
}
