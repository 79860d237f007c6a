package io.github.multiproc.internal.pool;

import java.util.concurrent.LinkedBlockingQueue;

/**
 * The pool's result thread (Python's {@code _result_handler}): runs callbacks and completes
 * {@code CompletableFuture} views one at a time, off the threads that read worker results, so a
 * slow callback delays other callbacks but never a worker. Ends once {@link #finish()} is called
 * and everything posted before it has run.
 */
final class ResultThread {
  private static final Runnable STOP = () -> {};

  private final LinkedBlockingQueue<Runnable> actions = new LinkedBlockingQueue<>();
  private final Thread thread;

  ResultThread(String name) {
    thread = new Thread(this::loop, name);
    thread.setDaemon(true);
    thread.start();
  }

  void post(Runnable action) {
    actions.add(action);
  }

  boolean isCurrent() {
    return Thread.currentThread() == thread;
  }

  /** Lets the thread end after what is queued; waits for it unless called on it. */
  void finish() {
    actions.add(STOP);
    if (!isCurrent()) {
      boolean interrupted = false;
      while (thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void loop() {
    while (true) {
      Runnable action;
      try {
        action = actions.take();
      } catch (InterruptedException e) {
        continue; // only finish() ends this thread
      }
      if (action == STOP) {
        return;
      }
      try {
        action.run();
      } catch (Throwable t) {
        report(t);
      }
    }
  }

  static void report(Throwable t) {
    System.err.println("multiproc: a pool callback threw; the pool goes on:");
    t.printStackTrace();
  }
}
