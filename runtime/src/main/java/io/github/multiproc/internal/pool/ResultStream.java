package io.github.multiproc.internal.pool;

import io.github.multiproc.ResultIterator;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeoutException;

/**
 * The {@link ResultIterator} of {@code imap} (argument order) and {@code imapUnordered}
 * (completion order): Python's {@code IMapIterator} and {@code IMapUnorderedIterator}.
 *
 * <p>Its {@link ImapFeeder} hands it items as it reads them ({@link #claim}) and may hand no more
 * than {@code capacity} items beyond those the caller has taken, which bounds what an imap holds
 * however long its input is. The ordered results wait in a ring of {@code capacity} slots; the
 * index a {@link Chunk} carries is its first item's slot. Since every chunk but the last has
 * {@code chunksize} items and {@code capacity} is a multiple of it, no chunk wraps around the ring.
 * Once the input ends ({@link #endInput}), the caller gets the results of every item handed in and
 * then, if the input ended with a failure, that failure.
 */
final class ResultStream<R> implements ResultIterator<R>, Job {
  /** A failure in a slot, told apart from a value. */
  private static final class Failed {
    final RuntimeException cause;

    Failed(RuntimeException cause) {
      this.cause = cause;
    }
  }

  private static final Object EMPTY = new Object();

  private final boolean ordered;
  private final int capacity;

  /**
   * Free items a feeder that found the look-ahead full waits for, so that it wakes once per half a
   * look-ahead rather than once per result taken.
   */
  private final int refill;

  private final Object[] slots;
  private final ArrayDeque<Object> arrivals;

  /** Items handed to the pool, and items whose outcome the caller has taken. */
  private long fed;

  private long delivered;
  private boolean inputEnded;

  /** What the input ended with, thrown once after the last result; null for a plain end. */
  private Throwable endFailure;

  private volatile boolean closed;
  private Runnable onClose = () -> {};

  ResultStream(boolean ordered, int capacity, int chunksize) {
    this.ordered = ordered;
    this.capacity = capacity;
    this.refill = Math.max(chunksize, capacity / 2);
    this.slots = ordered ? new Object[capacity] : null;
    this.arrivals = ordered ? null : new ArrayDeque<>();
    if (ordered) {
      Arrays.fill(slots, EMPTY);
    }
  }

  /** What {@link #close()} does besides ending this stream: stop the feeder. */
  synchronized void onClose(Runnable action) {
    onClose = action;
  }

  // ---- the feeder's side ----

  /**
   * Waits until {@code items} more may be handed in, and when the look-ahead is full, until
   * {@link #refill} items are free; false if none ever may, because the input was ended or this
   * stream closed.
   */
  synchronized boolean awaitRoom(int items) throws InterruptedException {
    if (mustWait(items)) {
      while (mustWait(Math.max(items, refill))) {
        wait();
      }
    }
    return !inputEnded && !closed;
  }

  private boolean mustWait(int items) {
    return !inputEnded && !closed && fed + items - delivered > capacity;
  }

  /**
   * Counts {@code items} as handed to the pool; returns the ring slot of the first of them, or -1
   * when the input was ended or this stream closed meanwhile.
   */
  synchronized int claim(int items) {
    if (inputEnded || closed) {
      return -1;
    }
    int slot = (int) (fed % capacity);
    if (fed == delivered) {
      notifyAll(); // a hasNext() or next() waiting for the input
    }
    fed += items;
    return slot;
  }

  /** Takes back the last {@link #claim} of {@code items}: the pool refused their chunk. */
  synchronized void unclaim(int items) {
    fed -= items;
    notifyAll(); // a caller waiting for their results
  }

  /**
   * No more items will come; {@code failure} (or null) is thrown after the results of those that
   * came. The first end counts.
   */
  synchronized void endInput(Throwable failure) {
    if (inputEnded) {
      return;
    }
    inputEnded = true;
    endFailure = failure;
    notifyAll();
  }

  // ---- the pool's side ----

  @Override
  public synchronized void accept(int index, Object value) {
    put(index, value);
  }

  @Override
  public synchronized void fail(int index, Throwable failure) {
    put(index, new Failed(Failures.unchecked(failure)));
  }

  private void put(int index, Object item) {
    if (closed) {
      return;
    }
    if (ordered) {
      if (slots[index] == EMPTY) {
        slots[index] = item;
      }
    } else {
      arrivals.add(item == null ? EMPTY : item);
    }
    notifyAll();
  }

  @Override
  public boolean abandoned() {
    return closed;
  }

  // ---- the caller's side ----

  /** Waits until it is known whether another result or the input's failure follows. */
  @Override
  public synchronized boolean hasNext() {
    boolean interrupted = false;
    try {
      while (!closed && delivered == fed && !inputEnded) {
        try {
          wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    return !closed && (delivered < fed || endFailure != null);
  }

  @Override
  public R next() {
    try {
      return next(null);
    } catch (TimeoutException e) {
      throw new AssertionError(e); // no deadline, no timeout
    }
  }

  @Override
  public synchronized R next(Duration timeout) throws TimeoutException {
    long deadline = timeout == null ? 0 : System.nanoTime() + Math.max(0, timeout.toNanos());
    boolean interrupted = false;
    try {
      while (!closed && !(delivered < fed ? available() : inputEnded)) {
        long left = timeout == null ? Long.MAX_VALUE : deadline - System.nanoTime();
        if (left <= 0) {
          throw new TimeoutException("no result within " + timeout.toMillis() + " ms");
        }
        try {
          if (timeout == null) {
            wait();
          } else {
            wait(Math.max(1, left / 1_000_000));
          }
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    if (closed) {
      throw new NoSuchElementException("this imap's ResultIterator was closed");
    }
    if (delivered == fed) {
      return throwEnd();
    }
    Object item = take();
    delivered++;
    if (fed + refill - delivered <= capacity) {
      notifyAll(); // the feeder waiting for room
    }
    if (item instanceof Failed) {
      throw ((Failed) item).cause;
    }
    @SuppressWarnings("unchecked")
    R value = (R) item;
    return value;
  }

  private boolean available() {
    return ordered ? slots[(int) (delivered % capacity)] != EMPTY : !arrivals.isEmpty();
  }

  private Object take() {
    Object item;
    if (ordered) {
      int slot = (int) (delivered % capacity);
      item = slots[slot];
      slots[slot] = EMPTY;
    } else {
      item = arrivals.poll();
      if (item == EMPTY) {
        item = null;
      }
    }
    return item;
  }

  /** After the last result: the input's failure, once, as Python's imap raises it; then the end. */
  private R throwEnd() {
    Throwable failure = endFailure;
    if (failure == null) {
      throw new NoSuchElementException("every result has been returned");
    }
    endFailure = null;
    if (failure instanceof Error) {
      throw (Error) failure;
    }
    throw Failures.unchecked(failure);
  }

  /**
   * Stops the imap: its input is read no further, its chunks that have not started never run, and
   * this iterator ends.
   */
  @Override
  public void close() {
    Runnable action;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      if (ordered) {
        Arrays.fill(slots, null); // the results nobody will take
      } else {
        arrivals.clear();
      }
      notifyAll();
      action = onClose;
    }
    action.run();
  }
}
