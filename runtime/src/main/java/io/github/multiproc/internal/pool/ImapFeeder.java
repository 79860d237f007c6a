package io.github.multiproc.internal.pool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the input of one {@code imap} or {@code imapUnordered} chunk by chunk and queues the
 * chunks, never more than its {@link ResultStream} has room for: Python's task handler, which
 * reads an imap's iterable on a thread of its own, with a bounded look-ahead added so that an
 * endless or huge input works in bounded memory. An exception thrown by the input ends the stream
 * after the results of the items read before it; as in Python, the items of the chunk it cut short
 * never run.
 *
 * <p>The input is read on a daemon thread, so {@code imap} returns at once and results come while
 * a slow input is still being read. An in-memory collection is read whole on the caller's thread
 * and needs no thread: it is in memory already, so bounding what is read of it saves nothing, and
 * queuing it whole lets the pool be closed before its results are taken, as in Python.
 */
final class ImapFeeder {
  /**
   * Chunks read ahead per worker: twice the deepest pipeline a process worker keeps for tiny tasks,
   * so that a caller who keeps taking results keeps every worker busy.
   */
  private static final int CHUNKS_PER_WORKER = 512;

  /** Items read ahead at most when chunks are large, unless that is less than two per worker. */
  private static final int MOST_ITEMS = 1 << 16;

  /** Items read ahead at most whatever the chunk size, to keep the ring an array. */
  private static final int RING_LIMIT = 1 << 30;

  private final PoolCore pool;
  private final Iterator<?> input;
  private final TaskRef task;
  private final int chunksize;
  private final int capacity;
  private final ResultStream<?> stream;

  /** The thread reading the input once the caller's thread stopped; null before. */
  private volatile Thread reader;

  private volatile boolean stopped;

  private final boolean inMemory;

  ImapFeeder(PoolCore pool, Iterable<?> input, TaskRef task, int chunksize, boolean ordered) {
    this.pool = pool;
    this.input = input.iterator();
    this.task = task;
    this.chunksize = chunksize;
    this.inMemory = input instanceof Collection<?>;
    this.capacity =
        inMemory
            ? wholeChunks(((Collection<?>) input).size(), chunksize)
            : lookAhead(chunksize, pool.processes());
    this.stream = new ResultStream<>(ordered, capacity, chunksize);
    stream.onClose(() -> stop(null));
  }

  /** How many items may be read ahead of the caller: a whole number of chunks. */
  static int lookAhead(int chunksize, int workers) {
    long chunks =
        Math.min(
            (long) CHUNKS_PER_WORKER * workers, Math.max(2L * workers, MOST_ITEMS / chunksize));
    chunks = Math.max(1, Math.min(chunks, RING_LIMIT / chunksize));
    return (int) (chunks * chunksize);
  }

  /** Room for {@code items} items in whole chunks: at least one chunk, at most the ring's limit. */
  static int wholeChunks(int items, int chunksize) {
    long chunks = Math.max(1, ((long) items + chunksize - 1) / chunksize);
    return (int) (Math.min(chunks, RING_LIMIT / chunksize) * chunksize);
  }

  <R> ResultStream<R> stream() {
    @SuppressWarnings("unchecked")
    ResultStream<R> typed = (ResultStream<R>) stream;
    return typed;
  }

  /**
   * Starts reading: on the caller's thread first when the input is an in-memory collection, then,
   * if input is left, on a daemon thread of its own.
   */
  void start() {
    if (inMemory && !feed(capacity / chunksize)) {
      pool.forget(this);
      return;
    }
    Thread thread = new Thread(this::feedUntilDone, "multiproc-imap-input");
    thread.setDaemon(true);
    reader = thread;
    thread.start();
  }

  /**
   * Stops reading because the pool closed or the caller closed the stream: {@code failure} (when
   * not null) is what the caller gets after the results of the items read. A read in progress is
   * interrupted.
   */
  void stop(RuntimeException failure) {
    stopped = true;
    stream.endInput(failure);
    Thread thread = reader;
    if (thread != null && thread != Thread.currentThread()) {
      thread.interrupt();
    }
  }

  private void feedUntilDone() {
    try {
      while (stream.awaitRoom(chunksize) && feed(1)) {
        // the next chunk
      }
    } catch (InterruptedException e) {
      // stop() ended the stream first, unless the input's own code interrupted this thread
      stream.endInput(
          new IllegalStateException(
              "the thread reading this imap's input was interrupted by the input's own code"));
    } finally {
      pool.forget(this);
    }
  }

  /**
   * Reads up to {@code chunks} chunks and queues them together; false once the input, the pool or
   * the caller ended the stream. An exception from the input ends it at the start of the chunk
   * being read.
   */
  private boolean feed(int chunks) {
    if (stopped) {
      return false;
    }
    List<Object[]> parts = new ArrayList<>();
    Throwable failure = null;
    boolean more = true;
    try {
      while (more && parts.size() < chunks) {
        Object[] items = new Object[chunksize];
        int count = 0;
        while (count < chunksize && input.hasNext()) {
          items[count++] = input.next();
        }
        more = count == chunksize && input.hasNext(); // an input that ends here ends the stream now
        if (count > 0) {
          parts.add(more ? items : Arrays.copyOf(items, count));
        }
      }
    } catch (Throwable t) {
      failure = t;
      more = false;
    }
    if (!parts.isEmpty() && !queue(parts)) {
      return false;
    }
    if (!more) {
      stream.endInput(failure);
    }
    return more;
  }

  /** Queues {@code parts} as chunks; false if the stream ended or the pool refused them. */
  private boolean queue(List<Object[]> parts) {
    int items = 0;
    for (Object[] part : parts) {
      items += part.length;
    }
    int slot = stream.claim(items);
    if (slot < 0) {
      return false;
    }
    List<Chunk> chunks = new ArrayList<>(parts.size());
    for (Object[] part : parts) {
      chunks.add(new Chunk(stream, task, slot, part));
      slot = (slot + part.length) % capacity;
    }
    if (!pool.offer(chunks)) {
      stream.unclaim(items);
      stream.endInput(pool.imapRefusal());
      return false;
    }
    return true;
  }
}
