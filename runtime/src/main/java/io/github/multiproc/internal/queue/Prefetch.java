package io.github.multiproc.internal.queue;

import io.github.multiproc.spi.CorruptDataException;
import io.github.multiproc.spi.WireInput;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A consumer process's buffer of items its owner sent ahead in one batch, with what the owner must
 * be told: how many of them this process has taken since it last said so (the acknowledgement that
 * rides on the next request), and how many to ask for next. Guarded by its {@link RemoteBackend}'s
 * take lock; only {@link #buffered()} may be read without it.
 *
 * <p>The batch size adapts so that a consumer holds about {@link #FAST_NANOS} of its own work:
 * it doubles while a batch is used up within that time and halves when it is not. A consumer that
 * takes tiny items in a tight loop soon asks for {@link ObjectsService#MAX_BATCH_ITEMS} at a time
 * (one round trip per batch instead of per item), while one that works a millisecond per item
 * asks for one, so items are not held back from other consumers by a busy one. The owner caps the
 * batch further by the consumers waiting (see {@code QueueState.pollBatch}).
 */
final class Prefetch {
  /** The time a batch may take to be used up and still let the next one grow. */
  static final long FAST_NANOS = 1_000_000;

  private final ArrayDeque<byte[]> items = new ArrayDeque<>();
  private volatile int buffered;
  private int takenSinceAck;
  private int want = 1;
  private long lastFill;

  /** The next buffered item, counted as taken; null when the buffer is empty. */
  byte[] take() {
    byte[] item = items.pollFirst();
    if (item != null) {
      takenSinceAck++;
      buffered = items.size();
    }
    return item;
  }

  /** The next buffered item without taking it, or null. */
  byte[] peek() {
    return items.peekFirst();
  }

  /** A copy of the buffered items, head first. */
  List<byte[]> snapshot() {
    return new ArrayList<>(items);
  }

  /** How many items wait in the buffer; readable without the lock (for {@code size()}). */
  int buffered() {
    return buffered;
  }

  /** Items taken since the last acknowledgement: the count the next request carries. */
  int takenSinceAck() {
    return takenSinceAck;
  }

  /** The request that carried {@link #takenSinceAck()} was sent. */
  void acknowledged() {
    takenSinceAck = 0;
  }

  /**
   * The batch size to ask for now ({@code 1} for a bounded queue, whose capacity counts only
   * items no consumer received), grown or shrunk by how long the last batch lasted.
   */
  int nextWant(boolean unbounded) {
    if (!unbounded) {
      return 1;
    }
    if (lastFill != 0) {
      long lasted = System.nanoTime() - lastFill;
      want = lasted <= FAST_NANOS
          ? Math.min(ObjectsService.MAX_BATCH_ITEMS, want * 2)
          : Math.max(1, want / 2);
    }
    return want;
  }

  /** A reply came that handed out nothing (a timeout): the clock of the next batch restarts. */
  void emptyReply() {
    lastFill = System.nanoTime();
  }

  /**
   * Reads a batch reply ({@code [count: size] ([length: size][item])*} after its status byte):
   * the first item is returned, taken; the rest are buffered behind anything already there.
   */
  byte[] fill(byte[] reply) {
    WireInput in = new WireInput(reply, 1, reply.length - 1);
    int n = in.readCount(2);
    if (n == 0) {
      throw new CorruptDataException("an empty batch from the queue's owner");
    }
    byte[] first = null;
    for (int i = 0; i < n; i++) {
      byte[] item = in.readBytes(in.readSize());
      if (first == null) {
        first = item;
      } else {
        items.addLast(item);
      }
    }
    in.requireFullyRead();
    takenSinceAck++;
    buffered = items.size();
    lastFill = System.nanoTime();
    return first;
  }

  /**
   * Empties the buffer because its items go back to the owner (or the connection they came on is
   * gone, and the owner puts them back itself); returns how many were taken since the last
   * acknowledgement, for the closing frame.
   */
  int giveBack() {
    int taken = takenSinceAck;
    items.clear();
    buffered = 0;
    takenSinceAck = 0;
    return taken;
  }
}
