package demo;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.spi.WorkerCall;
import io.github.multiproc.wire.Codecs;
import java.time.Duration;
import javax.annotation.processing.Generated;

/**
 * Factories for the worker processes of {@link ClockProcess}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class ClockProcessProcesses {
  private ClockProcessProcesses() {
  }

  /**
   * An unstarted child process constructing and running {@link ClockProcess#ClockProcess(Duration)}.
   */
  public static ChildProcess<Void> create(Duration interval) {
    return WorkerCall.to(ClockProcess_Launcher.class, "new(java.time.Duration)", Codecs.VOID)
        .name("clock")
        .arguments(out -> Codecs.DURATION.encode(out, interval))
        .newProcess();
  }
}
