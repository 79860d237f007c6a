package demo;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.spi.WorkerCall;
import io.github.multiproc.wire.Codecs;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import javax.annotation.processing.Generated;

/**
 * Factories for the worker processes of {@link QueueSample}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class QueueSampleProcesses {
  private QueueSampleProcesses() {
  }

  /**
   * An unstarted child process running {@link QueueSample#f(BlockingQueue)}.
   */
  static ChildProcess<Void> f(BlockingQueue<List<Object>> q) {
    return WorkerCall.to(QueueSample_Launcher.class, "f(java.util.concurrent.BlockingQueue)", Codecs.VOID)
        .arguments(out -> QueueSample_Codecs.BLOCKING_QUEUE_OF_LIST_OF_OBJECT.encode(out, q))
        .newProcess();
  }
}
