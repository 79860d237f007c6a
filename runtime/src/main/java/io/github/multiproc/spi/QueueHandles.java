package io.github.multiproc.spi;

import io.github.multiproc.JoinableProcessQueue;
import io.github.multiproc.ProcessQueue;
import io.github.multiproc.SimpleProcessQueue;
import io.github.multiproc.internal.queue.QueueCodec;
import io.github.multiproc.wire.Codec;
import io.github.multiproc.wire.Codecs;
import java.util.concurrent.BlockingQueue;

/**
 * Codecs for process queues passed to workers (Python pickles a {@code Queue} into a child the
 * same way): a queue travels as a reference (its owner's hub socket, its id there, its kind and
 * capacity), never its items, and the decoded queue reconnects to the same queue on first use.
 * Elements always travel as {@link Codecs#OBJECT}.
 */
public final class QueueHandles {
  private QueueHandles() {}

  /** A {@code ProcessQueue<E>} parameter (a joinable queue may be passed too). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <E> Codec<ProcessQueue<E>> queue() {
    return (Codec) QueueCodec.QUEUE;
  }

  /** A {@code JoinableProcessQueue<E>} parameter. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <E> Codec<JoinableProcessQueue<E>> joinableQueue() {
    return (Codec) QueueCodec.JOINABLE;
  }

  /** A {@code SimpleProcessQueue<E>} parameter. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <E> Codec<SimpleProcessQueue<E>> simpleQueue() {
    return (Codec) QueueCodec.SIMPLE;
  }

  /**
   * For parameters declared {@code BlockingQueue<E>}: the value must be a {@link ProcessQueue};
   * encoding any other {@code BlockingQueue} throws {@link IllegalArgumentException} saying to
   * create a {@code ProcessQueue}.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <E> Codec<BlockingQueue<E>> blockingQueue() {
    return (Codec) QueueCodec.QUEUE;
  }
}
