package io.github.multiproc.internal.pool;

import io.github.multiproc.ResultIterator;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeoutException;

/**
 * The {@link ResultIterator} of {@code imap} (argument order) and {@code imapUnordered}
 * (completion order): Python's {@code IMapIterator} and {@code IMapUnorderedIterator}.
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
  private final int size;
  private final Object[] slots;
  private final ArrayDeque<Object> arrivals;
  private int delivered;

  ResultStream(boolean ordered, int size) {
    this.ordered = ordered;
    this.size = size;
    this.slots = ordered ? new Object[size] : null;
    this.arrivals = ordered ? null : new ArrayDeque<>();
    if (ordered) {
      java.util.Arrays.fill(slots, EMPTY);
    }
  }

  @Override
  public synchronized void accept(int index, Object value) {
    put(index, value);
  }

  @Override
  public synchronized void fail(int index, Throwable failure) {
    put(index, new Failed(Failures.unchecked(failure)));
  }

  private void put(int index, Object item) {
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
    return false;
  }

  @Override
  public synchronized boolean hasNext() {
    return delivered < size;
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
    if (delivered >= size) {
      throw new NoSuchElementException("every result has been returned");
    }
    long deadline = timeout == null ? 0 : System.nanoTime() + Math.max(0, timeout.toNanos());
    boolean interrupted = false;
    try {
      while (!available()) {
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
    Object item;
    if (ordered) {
      item = slots[delivered];
      slots[delivered] = null;
    } else {
      item = arrivals.poll();
      if (item == EMPTY) {
        item = null;
      }
    }
    delivered++;
    if (item instanceof Failed) {
      throw ((Failed) item).cause;
    }
    @SuppressWarnings("unchecked")
    R value = (R) item;
    return value;
  }

  private boolean available() {
    return ordered ? slots[delivered] != EMPTY : !arrivals.isEmpty();
  }
}
