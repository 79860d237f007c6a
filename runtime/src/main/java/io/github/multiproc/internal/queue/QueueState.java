package io.github.multiproc.internal.queue;

import io.github.multiproc.internal.jfr.Jfr;
import io.github.multiproc.internal.jfr.QueueBlockedEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The items of one queue, held by the process that created it (its owner) as encoded bytes, so an
 * item is copied on the way in and out wherever the caller lives, as Python pickles every item.
 * Owner-local calls use this directly; other processes reach it through {@link QueueService}.
 * Also counts unfinished tasks for {@code JoinableQueue}.
 */
final class QueueState {
  /** Thrown by every call once the owner has closed the queue. */
  static final String CLOSED_MESSAGE = "the queue was closed by its owner";

  private final long id;
  private final int capacity;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition notEmpty = lock.newCondition();
  private final Condition notFull = lock.newCondition();
  private final Condition allDone = lock.newCondition();
  private final ArrayDeque<byte[]> items = new ArrayDeque<>();
  private long unfinished;

  /** Callers waiting for an item now, in this process or (through their hub thread) any other. */
  private int waiting;

  private boolean closed;

  /** {@code capacity} is {@link Integer#MAX_VALUE} for an unbounded queue. */
  QueueState(long id, int capacity) {
    this.id = id;
    this.capacity = capacity;
  }

  long id() {
    return id;
  }

  int capacity() {
    return capacity;
  }

  /**
   * Adds {@code item}, waiting up to {@code nanos} for room ({@code nanos < 0}: no limit).
   *
   * @return false if the queue stayed full
   */
  boolean offer(byte[] item, long nanos) throws InterruptedException {
    lock.lockInterruptibly();
    QueueBlockedEvent blocked = null;
    boolean added = false;
    try {
      while (true) {
        checkOpen();
        if (items.size() < capacity) {
          break;
        }
        if (nanos == 0) {
          return false;
        }
        if (blocked == null && Jfr.recording()) { // only a put that waits pays for the event
          blocked = QueueBlockedEvent.blocking(id, "put", capacity);
        }
        if (nanos < 0) {
          notFull.await();
        } else {
          nanos = notFull.awaitNanos(nanos);
          if (nanos <= 0 && items.size() >= capacity) {
            checkOpen();
            return false;
          }
        }
      }
      items.addLast(item);
      unfinished++;
      notEmpty.signal();
      added = true;
      return true;
    } finally {
      lock.unlock();
      if (blocked != null) {
        blocked.waited(added);
      }
    }
  }

  /** Removes the head, waiting up to {@code nanos} ({@code nanos < 0}: no limit); null if none. */
  byte[] poll(long nanos) throws InterruptedException {
    lock.lockInterruptibly();
    try {
      if (!awaitItem(nanos)) {
        return null;
      }
      byte[] item = items.pollFirst();
      signalAfterTake();
      return item;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Removes a batch for a consumer that prefetches: waits up to {@code nanos} ({@code < 0}: no
   * limit) for the head, then adds, without waiting, more of the items present, appending all to
   * {@code out} in order. The extra items are capped so one consumer does not take what others
   * are waiting for: at most {@code maxItems} in all, at most a fair share (the items left divided
   * among this consumer and the callers waiting now), and none that would take the batch past
   * {@code maxBytes}. A bounded queue always hands out one item, so its capacity keeps counting
   * every item no consumer has received.
   *
   * @return how many items were appended; 0 if none came in time
   */
  int pollBatch(long nanos, int maxItems, int maxBytes, ArrayDeque<byte[]> out)
      throws InterruptedException {
    lock.lockInterruptibly();
    try {
      if (!awaitItem(nanos)) {
        return 0;
      }
      byte[] first = items.pollFirst();
      out.addLast(first);
      int n = 1;
      if (capacity == Integer.MAX_VALUE && maxItems > 1 && !items.isEmpty()) {
        int share = Math.max(1, items.size() / (waiting + 1));
        int extra = Math.min(maxItems - 1, share);
        long bytes = first.length;
        for (int i = 0; i < extra; i++) {
          byte[] item = items.peekFirst();
          if (item == null || bytes + item.length > maxBytes) {
            break; // a big item goes alone, in its own reply, so no reply outgrows the frame limit
          }
          items.pollFirst();
          out.addLast(item);
          bytes += item.length;
          n++;
        }
      }
      signalAfterTake();
      return n;
    } finally {
      lock.unlock();
    }
  }

  /** With the lock held, after a take: wakes a producer, and a consumer if items remain. */
  private void signalAfterTake() {
    notFull.signal();
    if (!items.isEmpty()) {
      notEmpty.signal(); // pass on a signal this thread may have consumed in a race
    }
  }

  /** With the lock held: waits for an item; false if none came within {@code nanos}. */
  private boolean awaitItem(long nanos) throws InterruptedException {
    QueueBlockedEvent blocked = null;
    boolean came = false;
    try {
      while (true) {
        checkOpen();
        if (!items.isEmpty()) {
          came = true;
          return true;
        }
        if (nanos == 0) {
          return false;
        }
        if (blocked == null && Jfr.recording()) { // only a take that waits pays for the event
          blocked = QueueBlockedEvent.blocking(id, "take", capacity);
        }
        waiting++; // counted so a prefetching consumer leaves these callers their share
        try {
          if (nanos < 0) {
            notEmpty.await();
          } else {
            nanos = notEmpty.awaitNanos(nanos);
            if (nanos <= 0 && items.isEmpty()) {
              checkOpen();
              return false;
            }
          }
        } finally {
          waiting--;
        }
      }
    } finally {
      if (blocked != null) {
        blocked.waited(came);
      }
    }
  }

  /**
   * Puts back, at the head and in order, items handed to a consumer that died before
   * acknowledging them. Ignores the capacity: these items were already counted in.
   */
  void requeue(List<byte[]> taken) {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      for (int i = taken.size() - 1; i >= 0; i--) {
        items.addFirst(taken.get(i));
      }
      notEmpty.signalAll();
    } finally {
      lock.unlock();
    }
  }

  byte[] peek() {
    lock.lock();
    try {
      checkOpen();
      return items.peekFirst();
    } finally {
      lock.unlock();
    }
  }

  int size() {
    lock.lock();
    try {
      checkOpen();
      return items.size();
    } finally {
      lock.unlock();
    }
  }

  /** Removes everything; removed items count as done for {@link #join}. */
  void clear() {
    lock.lock();
    try {
      checkOpen();
      unfinished -= items.size();
      items.clear();
      notFull.signalAll();
      if (unfinished == 0) {
        allDone.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Removes up to {@code max} items from the head without waiting. */
  List<byte[]> drain(int max) {
    lock.lock();
    try {
      checkOpen();
      int n = Math.min(max, items.size());
      List<byte[]> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(items.pollFirst());
      }
      if (n > 0) {
        notFull.signalAll();
      }
      return out;
    } finally {
      lock.unlock();
    }
  }

  /** A copy of the items, head first. */
  List<byte[]> snapshot() {
    lock.lock();
    try {
      checkOpen();
      return new ArrayList<>(items);
    } finally {
      lock.unlock();
    }
  }

  /** {@code task_done()}: one fewer unfinished task. */
  void taskDone() {
    lock.lock();
    try {
      checkOpen();
      if (unfinished <= 0) {
        throw new IllegalStateException(
            "taskDone() called more times than items were put (Python: ValueError 'task_done()"
                + " called too many times')");
      }
      if (--unfinished == 0) {
        allDone.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /** {@code join()}: waits up to {@code nanos} ({@code < 0}: no limit) for no unfinished task. */
  boolean join(long nanos) throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (true) {
        checkOpen();
        if (unfinished == 0) {
          return true;
        }
        if (nanos == 0) {
          return false;
        }
        if (nanos < 0) {
          allDone.await();
        } else {
          nanos = allDone.awaitNanos(nanos);
          if (nanos <= 0 && unfinished != 0) {
            checkOpen();
            return false;
          }
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /** Frees the items and wakes every waiter, which then fails with {@link #CLOSED_MESSAGE}. */
  void close() {
    lock.lock();
    try {
      closed = true;
      items.clear();
      notEmpty.signalAll();
      notFull.signalAll();
      allDone.signalAll();
    } finally {
      lock.unlock();
    }
  }

  boolean isClosed() {
    lock.lock();
    try {
      return closed;
    } finally {
      lock.unlock();
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException(CLOSED_MESSAGE);
    }
  }

  /** Waits measured in nanoseconds, {@code -1} for none: what the wire and backends carry. */
  static long nanos(long timeout, TimeUnit unit) {
    long n = unit.toNanos(timeout);
    return n < 0 ? 0 : n;
  }
}
