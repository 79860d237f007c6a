package io.github.multiproc.internal.queue;

import io.github.multiproc.wire.CorruptDataException;
import io.github.multiproc.wire.WireInput;
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
 * takes tiny items in a tight loop soon asks for {@link QueueService#MAX_BATCH_ITEMS} at a time
 * (one round trip per batch instead of per item), while one that works a millisecond per item
 * asks for one, so items are not held back from other consumers by a busy one. The owner caps the
 * batch further by the consumers waiting (see {@code QueueState.pollBatch}).
 */
final class Prefetch {
  /** The time a batch may take to be used up and still let the next one grow. */
  static final long FAST_NANOS = 1_000_000;

  /** Batch replies not used up yet, oldest first; items stay in the reply they came in. */
  private final ArrayDeque<Batch> batches = new ArrayDeque<>();

  private int count;
  private volatile int buffered;
  private int takenSinceAck;
  private int want = 1;
  private long lastFill;
  private int lastBatch;

  /** One reply and where its items are; decoding an item needs no copy of its bytes. */
  private static final class Batch {
    final byte[] reply;
    final int[] starts;
    final int[] ends;
    int next;

    Batch(byte[] reply, int n) {
      this.reply = reply;
      this.starts = new int[n];
      this.ends = new int[n];
    }

    Object decode(int i) {
      return Items.decode(reply, starts[i], ends[i] - starts[i]);
    }
  }

  /** The next buffered item, decoded and counted as taken; null when the buffer is empty. */
  Object take() {
    Batch b = batches.peekFirst();
    if (b == null) {
      return null;
    }
    int i = b.next++;
    if (b.next == b.starts.length) {
      batches.pollFirst();
    }
    count--;
    buffered = count;
    takenSinceAck++;
    return b.decode(i); // a bad item is still taken, as a remote take of it would be
  }

  /** The next buffered item without taking it (a fresh copy), or null. */
  Object peek() {
    Batch b = batches.peekFirst();
    return b == null ? null : b.decode(b.next);
  }

  /** Copies of the buffered items, head first. */
  List<Object> snapshot() {
    List<Object> out = new ArrayList<>(count);
    for (Batch b : batches) {
      for (int i = b.next; i < b.starts.length; i++) {
        out.add(b.decode(i));
      }
    }
    return out;
  }

  /** How many items wait in the buffer; readable without the lock (for {@code size()}). */
  int buffered() {
    return buffered;
  }

  /** Items taken since the last acknowledgement: the count the next request carries. */
  int takenSinceAck() {
    return takenSinceAck;
  }

  /** A request that acknowledged the oldest {@code count} of the items taken was sent. */
  void acknowledged(int count) {
    takenSinceAck -= count;
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
      want =
          lasted <= FAST_NANOS
              ? Math.min(QueueService.MAX_BATCH_ITEMS, want * 2)
              : Math.max(1, want / 2);
    }
    return want;
  }

  /** A reply came that handed out nothing (a timeout): the clock of the next batch restarts. */
  void emptyReply() {
    lastFill = System.nanoTime();
    lastBatch = 0; // nothing to ask ahead for until a batch comes
  }

  /**
   * Appends a batch reply's items ({@code [count: size] ([length: size][item])*} after its status
   * byte) to the buffer, behind anything already there.
   */
  void fill(byte[] reply) {
    WireInput in = new WireInput(reply, 1, reply.length - 1);
    int n = in.readCount(2);
    if (n == 0) {
      throw new CorruptDataException("an empty batch from the queue's owner");
    }
    Batch batch = new Batch(reply, n);
    int position = in.position();
    for (int i = 0; i < n; i++) {
      // [length: size][item], the size as WireOutput.writeSize writes it (7 bits a byte, low first)
      int length = 0;
      for (int shift = 0; ; shift += 7) {
        if (position >= reply.length || shift > 28) {
          throw new CorruptDataException("a malformed batch from the queue's owner");
        }
        int next = reply[position++] & 0xFF;
        length |= (next & 0x7F) << shift;
        if ((next & 0x80) == 0) {
          break;
        }
      }
      if (length < 0 || length > reply.length - position) {
        throw new CorruptDataException("a batch item overruns the reply from the queue's owner");
      }
      batch.starts[i] = position;
      position += length;
      batch.ends[i] = position;
    }
    if (position != reply.length) {
      throw new CorruptDataException("trailing bytes after a batch from the queue's owner");
    }
    batches.addLast(batch);
    count += n;
    buffered = count;
    lastBatch = n;
    lastFill = System.nanoTime();
  }

  /** Whether half of the last batch is used: time to ask for the next one ahead. */
  boolean halfUsed() {
    return lastBatch > 1 && count <= lastBatch / 2;
  }

  /**
   * Empties the buffer because its items go back to the owner (or the connection they came on is
   * gone, and the owner puts them back itself); returns how many were taken since the last
   * acknowledgement, for the closing frame.
   */
  int giveBack() {
    int taken = takenSinceAck;
    batches.clear();
    count = 0;
    buffered = 0;
    takenSinceAck = 0;
    lastBatch = 0;
    return taken;
  }
}
