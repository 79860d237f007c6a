package io.github.multiproc;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;

/**
 * A queue held by a {@link Manager} that counts unfinished tasks: Python's
 * {@code manager.JoinableQueue(maxsize)}, with the method names of {@link JoinableProcessQueue}.
 * Every item put adds one; {@link #taskDone()} removes one; {@link #join()} waits until none is
 * left.
 *
 * @param <E> the element type
 */
public interface ManagedJoinableQueue<E> extends BlockingQueue<E> {
  /**
   * One task taken from the queue is finished: Python's {@code task_done()}.
   *
   * @throws IllegalStateException if called more times than items were put (Python's
   *     {@code ValueError})
   */
  void taskDone();

  /** Waits until every item put has been marked done: Python's {@code join()}. */
  void join() throws InterruptedException;

  /**
   * {@code join()} with a time limit.
   *
   * @return whether every task was done within {@code timeout}
   */
  boolean join(Duration timeout) throws InterruptedException;
}
