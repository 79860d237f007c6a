package demo;

import io.github.multiproc.spi.ChildMain;
import io.github.multiproc.spi.WorkerDispatcher;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import javax.annotation.processing.Generated;

/**
 * Runs the worker members of {@link Outer.Inner} in a child JVM.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class Outer_Inner_Launcher implements WorkerDispatcher {
  private Outer_Inner_Launcher() {
  }

  /**
   * The child JVM's entry point; the runtime passes the call on stdin.
   */
  public static void main(String[] args) {
    ChildMain.run(new Outer_Inner_Launcher(), args);
  }

  /**
   * Run by an idle standby JVM: verifies {@link Outer.Inner} without initializing it, so the child
   * the standby becomes does not do it on its first call.
   */
  public static void standbyWarmUp() {
    ChildMain.linkAhead(Outer.Inner.class);
  }

  @Override
  public void dispatch(String entryKey_, WireInput arguments_, WireOutput result_) throws
      Throwable {
    switch (entryKey_) {
      case "hello(demo.Outer.Inner.Message,java.lang.String,int,java.lang.String)": {
        Outer.Inner.Message out = Outer_Inner_Codecs.OUTER_INNER_MESSAGE.decode(arguments_);
        String entryKey = Codecs.STRING.decode(arguments_);
        int arguments = arguments_.readInt();
        String result = Codecs.STRING.decode(arguments_);
        arguments_.requireFullyRead();
        Codecs.STRING.encode(result_, Outer.Inner.hello(out, entryKey, arguments, result));
        return;
      }
      default:
        throw WorkerDispatcher.unknownEntry(entryKey_, Outer_Inner_Launcher.class);
    }
  }
}
