package demo;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.spi.WorkerCall;
import io.github.multiproc.wire.Codecs;
import javax.annotation.processing.Generated;

/**
 * Factories for the worker processes of {@link Mixed}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class MixedProcesses {
  private MixedProcesses() {
  }

  /**
   * An unstarted child process running {@link Mixed#run(Mixed.Mode, String)}.
   */
  public static ChildProcess<String> run(Mixed.Mode mode, String text) {
    return WorkerCall.to(Mixed_Launcher.class, "run(demo.Mixed.Mode,java.lang.String)", Codecs.STRING)
        .arguments(out -> {
          Mixed_Codecs.MIXED_MODE.encode(out, mode);
          Codecs.STRING.encode(out, text);
        })
        .newProcess();
  }

  /**
   * An unstarted daemon process running {@link Mixed#watch(long)}.
   */
  static ChildProcess<Void> watch(long interval) {
    return WorkerCall.to(Mixed_Launcher.class, "watch(long)", Codecs.VOID)
        .daemon(true)
        .arguments(out -> out.writeLong(interval))
        .newProcess();
  }
}
