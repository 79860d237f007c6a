package io.github.multiproc;

import io.github.multiproc.internal.queue.QueueBackend;
import io.github.multiproc.internal.queue.QueueRef;
import io.github.multiproc.internal.queue.QueueRegistry;
import java.time.Duration;

/**
 * A {@link ProcessQueue} that counts unfinished tasks: Python's
 * {@code multiprocessing.JoinableQueue}. Every item put adds one; {@link #taskDone()}
 * ({@code task_done()}) removes one; {@link #join()} ({@code join()}) waits until none is left.
 * The count lives with the queue in its owner, so producers, consumers and joiners may be in any
 * processes. Closing and failures behave as for {@link ProcessQueue}; a consumer's item that the
 * owner requeues after the consumer died is not counted twice. {@link #taskDone()} also
 * acknowledges the items its process took (when called while no other thread of that process is
 * taking, as in the usual take-then-taskDone loop), so a task marked done is never delivered again
 * if its consumer dies; one taken and not yet marked done goes back and is counted once.
 *
 * @param <E> the element type
 */
public class JoinableProcessQueue<E> extends ProcessQueue<E> {
  JoinableProcessQueue(QueueBackend backend) {
    super(backend);
  }

  /** An unbounded joinable queue owned by this process: Python's {@code JoinableQueue()}. */
  public static <E> JoinableProcessQueue<E> create() {
    return new JoinableProcessQueue<>(QueueRegistry.create(QueueRef.JOINABLE, Integer.MAX_VALUE));
  }

  /** A joinable queue of at most {@code maxSize} items: Python's {@code JoinableQueue(maxsize)}. */
  public static <E> JoinableProcessQueue<E> create(int maxSize) {
    return new JoinableProcessQueue<>(QueueRegistry.create(QueueRef.JOINABLE, maxSize));
  }

  /**
   * {@code task_done()}: one task taken from the queue is finished.
   *
   * @throws IllegalStateException if called more times than items were put (Python's
   *     {@code ValueError}), or the queue was closed by its owner
   */
  public void taskDone() {
    backend.taskDone();
  }

  /** {@code join()}: waits until every item put has been marked done with {@link #taskDone()}. */
  public void join() throws InterruptedException {
    backend.join(-1);
  }

  /**
   * {@code join()} with a time limit.
   *
   * @return whether every task was done within {@code timeout}
   */
  public boolean join(Duration timeout) throws InterruptedException {
    return backend.join(nanos(timeout));
  }
}
