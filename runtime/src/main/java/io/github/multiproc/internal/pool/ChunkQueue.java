package io.github.multiproc.internal.pool;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.IntUnaryOperator;

/**
 * The pool's queue of chunks waiting for a worker (Python's {@code _taskqueue}/{@code _inqueue}).
 * Back ends pull from it. A worker with nothing running ("idle") is served before one that only
 * wants more work in its pipeline, so long tasks spread over all workers while short ones still
 * keep every worker's pipeline full.
 */
final class ChunkQueue {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ArrayDeque<Chunk> chunks = new ArrayDeque<>();
  private boolean closed;
  private int idleWaiters;

  /** Adds chunks at the end. */
  void addAll(List<Chunk> added) {
    lock.lock();
    try {
      chunks.addAll(added);
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Adds chunks at the end unless the queue is closed; false if it is. */
  boolean offerAll(List<Chunk> added) {
    lock.lock();
    try {
      if (closed) {
        return false;
      }
      chunks.addAll(added);
      changed.signalAll();
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Puts chunks a dead worker had not started back at the front, in their order. */
  void requeueFront(List<Chunk> returned) {
    lock.lock();
    try {
      for (int i = returned.size() - 1; i >= 0; i--) {
        chunks.addFirst(returned.get(i));
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits for chunks and takes up to {@code max} of them; returns an empty list once the queue is
   * closed and empty. A taker whose {@code idle} says false waits while an idle taker waits.
   */
  List<Chunk> take(int max, BooleanSupplier idle) throws InterruptedException {
    return take(nextSize -> max, 1, idle);
  }

  /**
   * Like {@link #take(int, BooleanSupplier)}, but the most to take is {@code room} applied to the
   * size of the first chunk waiting (a taker wants fewer big chunks than small ones), and at most a
   * {@code 1 / sharers} share of the queued chunks (at least one), so the first worker to wake
   * cannot take all of a map's chunks while the other workers have nothing to do.
   */
  List<Chunk> take(IntUnaryOperator room, int sharers, BooleanSupplier idle)
      throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (true) {
        dropAbandoned();
        boolean isIdle = idle.getAsBoolean();
        if (!chunks.isEmpty() && (isIdle || idleWaiters == 0)) {
          int max =
              Math.min(
                  Math.max(1, room.applyAsInt(chunks.peekFirst().size())),
                  Math.max(1, (chunks.size() + sharers - 1) / sharers));
          List<Chunk> taken = new ArrayList<>(Math.min(max, chunks.size()));
          while (taken.size() < max && !chunks.isEmpty()) {
            Chunk chunk = chunks.pollFirst();
            if (!chunk.job.abandoned()) {
              taken.add(chunk);
            }
          }
          if (!taken.isEmpty()) {
            if (!chunks.isEmpty()) {
              changed.signalAll();
            }
            return taken;
          }
          continue;
        }
        if (closed && chunks.isEmpty()) {
          return List.of();
        }
        if (isIdle) {
          idleWaiters++;
        }
        try {
          changed.await();
        } finally {
          if (isIdle) {
            idleWaiters--;
          }
        }
      }
    } finally {
      lock.unlock();
    }
  }

  private void dropAbandoned() {
    while (!chunks.isEmpty() && chunks.peekFirst().job.abandoned()) {
      chunks.pollFirst().fail(new IllegalStateException("abandoned"));
    }
  }

  /** No more chunks will be added (requeued ones still may); takers get an empty list when empty. */
  void close() {
    lock.lock();
    try {
      closed = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Closes the queue and removes everything in it. */
  List<Chunk> closeAndDrain() {
    lock.lock();
    try {
      closed = true;
      List<Chunk> drained = new ArrayList<>(chunks);
      chunks.clear();
      changed.signalAll();
      return drained;
    } finally {
      lock.unlock();
    }
  }

  boolean isEmpty() {
    lock.lock();
    try {
      return chunks.isEmpty();
    } finally {
      lock.unlock();
    }
  }

  /** Wakes every taker, so it re-checks its own state. */
  void wakeAll() {
    lock.lock();
    try {
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }
}
