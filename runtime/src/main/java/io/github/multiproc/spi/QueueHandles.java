package io.github.multiproc.spi;

import io.github.multiproc.JoinableProcessQueue;
import io.github.multiproc.ProcessQueue;
import io.github.multiproc.SimpleProcessQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Codecs for process queues passed to workers: a queue travels as a reference and the child
 * reconnects to the same queue. Elements always travel as {@link Codecs#OBJECT}.
 * SKELETON: the queue helper implements the bodies.
 */
public final class QueueHandles {
  private QueueHandles() {}

  public static <E> Codec<ProcessQueue<E>> queue() {
    throw new UnsupportedOperationException("skeleton");
  }

  public static <E> Codec<JoinableProcessQueue<E>> joinableQueue() {
    throw new UnsupportedOperationException("skeleton");
  }

  public static <E> Codec<SimpleProcessQueue<E>> simpleQueue() {
    throw new UnsupportedOperationException("skeleton");
  }

  /** For parameters declared {@code BlockingQueue<E>}: the value must be a {@link ProcessQueue}. */
  public static <E> Codec<BlockingQueue<E>> blockingQueue() {
    throw new UnsupportedOperationException("skeleton");
  }
}
