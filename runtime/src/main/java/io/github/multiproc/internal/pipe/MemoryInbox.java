package io.github.multiproc.internal.pipe;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The frames waiting for one pipe end while that end is in the creating JVM or not yet claimed by
 * any process. It ends in one of three ways: the peer closed (readers get the frames, then the end
 * of the stream), the end moved to a socket (readers switch to it), or the end itself closed.
 */
final class MemoryInbox {
  /** What {@link #take} returns besides a frame. */
  enum Signal {
    TIMEOUT,
    PEER_CLOSED,
    REDIRECTED,
    CLOSED
  }

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ArrayDeque<byte[]> frames = new ArrayDeque<>();
  private boolean peerClosed;
  private boolean redirected;
  private boolean closed;

  /** Adds a frame; false if nobody will ever read it (this end is closed or moved). */
  boolean add(byte[] frame) {
    lock.lock();
    try {
      if (closed || redirected) {
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
      while (true) {
        if (closed) {
          return Signal.CLOSED;
        }
        if (!frames.isEmpty()) {
          return remove ? frames.poll() : frames.peek();
        }
        if (redirected) {
          return Signal.REDIRECTED;
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

  boolean isPeerClosed() {
    lock.lock();
    try {
      return peerClosed;
    } finally {
      lock.unlock();
    }
  }

  /** Hands every queued frame to the caller, who sends them down the end's new socket. */
  List<byte[]> drain() {
    lock.lock();
    try {
      List<byte[]> all = List.copyOf(frames);
      frames.clear();
      return all;
    } finally {
      lock.unlock();
    }
  }

  /** From now on this end reads a socket; waiting readers move to it. */
  void redirect() {
    signal(() -> redirected = true);
  }

  /** This end closed: waiting readers fail, queued frames are dropped. */
  void close() {
    signal(() -> {
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
