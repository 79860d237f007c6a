package demo;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.spi.WorkerCall;
import io.github.multiproc.wire.Codecs;
import javax.annotation.processing.Generated;

/**
 * Factories for the worker processes of {@link Outer.Inner}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class Outer_InnerProcesses {
  private Outer_InnerProcesses() {
  }

  /**
   * An unstarted child process running {@link Outer.Inner#hello(Outer.Inner.Message, String, int, String)}.
   */
  public static ChildProcess<String> hello(Outer.Inner.Message out, String entryKey, int arguments,
      String result) {
    return WorkerCall.to(Outer_Inner_Launcher.class, "hello(demo.Outer.Inner.Message,java.lang.String,int,java.lang.String)", Codecs.STRING)
        .arguments(out_ -> {
          Outer_Inner_Codecs.OUTER_INNER_MESSAGE.encode(out_, out);
          Codecs.STRING.encode(out_, entryKey);
          out_.writeInt(arguments);
          Codecs.STRING.encode(out_, result);
        })
        .newProcess();
  }
}
