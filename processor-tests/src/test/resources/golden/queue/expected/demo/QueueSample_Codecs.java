package demo;

import io.github.multiproc.spi.QueueHandles;
import io.github.multiproc.wire.Codec;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import javax.annotation.processing.Generated;

/**
 * Codecs for the types that {@link QueueSample}'s workers send between processes.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
final class QueueSample_Codecs {
  static final Codec<BlockingQueue<List<Object>>> BLOCKING_QUEUE_OF_LIST_OF_OBJECT = QueueHandles.blockingQueue();

  private QueueSample_Codecs() {
  }
}
