package demo;

import io.github.multiproc.spi.ChildMain;
import io.github.multiproc.spi.WorkerDispatcher;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import javax.annotation.processing.Generated;

/**
 * Runs the worker members of {@link QueueSample} in a child JVM.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class QueueSample_Launcher implements WorkerDispatcher {
  private QueueSample_Launcher() {
  }

  /**
   * The child JVM's entry point; the runtime passes the call on stdin.
   */
  public static void main(String[] args) {
    ChildMain.run(new QueueSample_Launcher(), args);
  }

  /**
   * Run by an idle standby JVM: verifies {@link QueueSample} without initializing it, so the child
   * the standby becomes does not do it on its first call.
   */
  public static void standbyWarmUp() {
    ChildMain.linkAhead(QueueSample.class);
  }

  @Override
  public void dispatch(String entryKey, WireInput arguments, WireOutput result) throws Throwable {
    switch (entryKey) {
      case "f(java.util.concurrent.BlockingQueue)": {
        BlockingQueue<List<Object>> q = QueueSample_Codecs.BLOCKING_QUEUE_OF_LIST_OF_OBJECT.decode(arguments);
        arguments.requireFullyRead();
        QueueSample.f(q);
        return;
      }
      default:
        throw WorkerDispatcher.unknownEntry(entryKey, QueueSample_Launcher.class);
    }
  }
}
