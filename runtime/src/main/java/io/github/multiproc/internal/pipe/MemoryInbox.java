package io.github.multiproc.internal.pipe;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The frames waiting, in the creating JVM, for the readers of one pipe end (this JVM's threads and
 * the processes it serves). It ends in one of two ways: the peer closed (readers get the frames,
 * then the end of the stream), or nobody can read the end any more (the frames are dropped).
 */
final class MemoryInbox {
  /** What {@link #take} returns besides a frame. */
  enum Signal {
    TIMEOUT,
    PEER_CLOSED,
    /** {@link #wakeReaders} was called: the reader looks again where frames come from. */
    WOKEN,
    CLOSED
  }

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ArrayDeque<byte[]> frames = new ArrayDeque<>();
  private boolean peerClosed;
  private boolean closed;
  private long wakes;

  /** Adds a frame; false if nobody will ever read it (the end is closed). */
  boolean add(byte[] frame) {
    lock.lock();
    try {
      if (closed) {
        return false;
      }
      frames.add(frame);
      changed.signalAll();
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** A frame, or a {@link Signal}. */
  Object take(long timeoutNanos, boolean remove) throws java.io.InterruptedIOException {
    lock.lock();
    try {
      long left = timeoutNanos;
      long wakesAtStart = wakes;
      while (true) {
        if (closed) {
          return Signal.CLOSED;
        }
        if (!frames.isEmpty()) {
          return remove ? frames.poll() : frames.peek();
        }
        if (wakes != wakesAtStart) {
          return Signal.WOKEN;
        }
        if (peerClosed) {
          return Signal.PEER_CLOSED;
        }
        if (timeoutNanos < 0) {
          changed.await();
        } else if (left <= 0) {
          return Signal.TIMEOUT;
        } else {
          left = changed.awaitNanos(left);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while waiting for a message");
    } finally {
      lock.unlock();
    }
  }

  /** The peer closed: readers get what is queued, then the end of the stream. */
  void peerClosed() {
    signal(() -> peerClosed = true);
  }

  /** The peer is held again (a reference to it was used after all). */
  void peerReopened() {
    signal(() -> peerClosed = false);
  }

  boolean isEmpty() {
    lock.lock();
    try {
      return frames.isEmpty();
    } finally {
      lock.unlock();
    }
  }

  /** Puts back frames a reader was given but did not read, in order, ahead of the rest. */
  void putBack(List<byte[]> returned) {
    signal(
        () -> {
          if (!closed) {
            for (int i = returned.size() - 1; i >= 0; i--) {
              frames.addFirst(returned.get(i));
            }
          }
        });
  }

  /** Waiting readers return {@link Signal#WOKEN}: where this end's frames come from changed. */
  void wakeReaders() {
    signal(() -> wakes++);
  }

  /** Nobody can read this end any more: waiting readers fail, queued frames are dropped. */
  void close() {
    signal(
        () -> {
          closed = true;
          frames.clear();
        });
  }

  private void signal(Runnable change) {
    lock.lock();
    try {
      change.run();
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }
}
