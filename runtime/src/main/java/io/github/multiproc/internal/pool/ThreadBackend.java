package io.github.multiproc.internal.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Threads in this JVM (Python's {@code multiprocessing.dummy}): each takes one chunk at a time and
 * runs it with no copying. A thread cannot be killed, so {@link #terminate} fails the chunks at once,
 * interrupts the threads and waits for them; a task that ignores interrupts delays that wait.
 */
final class ThreadBackend implements PoolBackend {
  private final int size;
  private final boolean virtual;
  private final List<Thread> threads = new ArrayList<>();
  private final List<Chunk> running = new ArrayList<>();
  private volatile RuntimeException terminated;
  private ChunkQueue queue;

  ThreadBackend(int size, boolean virtual) {
    if (size < 1) {
      throw new IllegalArgumentException("a thread pool needs at least 1 thread, not " + size);
    }
    this.size = size;
    this.virtual = virtual;
    if (virtual && !VirtualThreads.available()) {
      VirtualThreads.unstarted("check", () -> {}); // throws the clear message
    }
  }

  @Override
  public int parallelism() {
    return size;
  }

  @Override
  public void start(ChunkQueue queue, PoolCore core) {
    this.queue = queue;
    synchronized (threads) {
      for (int i = 1; i <= size; i++) {
        String name = "multiproc-threadpool-worker-" + i;
        Thread thread =
            virtual ? VirtualThreads.unstarted(name, this::loop) : new Thread(this::loop, name);
        if (!virtual) {
          thread.setDaemon(true); // Python's dummy pool threads are daemons too
        }
        threads.add(thread);
      }
      for (Thread thread : threads) {
        thread.start();
      }
    }
  }

  private void loop() {
    while (terminated == null) {
      List<Chunk> taken;
      try {
        taken = queue.take(1, () -> true);
      } catch (InterruptedException e) {
        continue; // terminate() interrupts; the loop condition decides
      }
      if (taken.isEmpty()) {
        return;
      }
      Chunk chunk = taken.get(0);
      synchronized (running) {
        if (terminated != null) {
          chunk.fail(terminated);
          return;
        }
        running.add(chunk);
      }
      try {
        run(chunk);
      } finally {
        synchronized (running) {
          running.remove(chunk);
        }
      }
    }
  }

  private static void run(Chunk chunk) {
    Object[] values = new Object[chunk.size()];
    Throwable[] failures = null;
    for (int i = 0; i < values.length; i++) {
      try {
        values[i] = chunk.task.call(chunk.arguments[i]);
      } catch (Throwable t) {
        if (failures == null) {
          failures = new Throwable[values.length];
        }
        failures[i] = t;
      }
    }
    chunk.complete(values, failures);
  }

  @Override
  public void terminate(RuntimeException failure) {
    synchronized (running) {
      terminated = failure;
      for (Chunk chunk : running) {
        chunk.fail(failure);
      }
    }
    queue.wakeAll();
    synchronized (threads) {
      for (Thread thread : threads) {
        thread.interrupt();
      }
    }
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
    long deadline = System.nanoTime() + Math.min(unit.toNanos(timeout), Long.MAX_VALUE / 4);
    List<Thread> all;
    synchronized (threads) {
      all = new ArrayList<>(threads);
    }
    for (Thread thread : all) {
      long left = deadline - System.nanoTime();
      if (left <= 0 && thread.isAlive()) {
        return false;
      }
      if (thread == Thread.currentThread()) {
        continue;
      }
      TimeUnit.NANOSECONDS.timedJoin(thread, Math.max(1, left));
      if (thread.isAlive()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean isWorkerThread() {
    synchronized (threads) {
      return threads.contains(Thread.currentThread());
    }
  }
}
