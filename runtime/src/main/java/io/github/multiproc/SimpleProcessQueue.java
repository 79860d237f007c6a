package io.github.multiproc;

import io.github.multiproc.internal.queue.QueueBackend;
import io.github.multiproc.internal.queue.QueueRef;
import io.github.multiproc.internal.queue.QueueRegistry;
import java.time.Duration;

/**
 * A minimal unbounded queue shared by processes: Python's {@code multiprocessing.SimpleQueue}
 * ({@code put}, {@code get}, {@code empty}, {@code close}). It has the same owner, delivery,
 * closing and failure rules as {@link ProcessQueue}: the creating process owns the items,
 * {@link #close()} there frees the queue, elsewhere it disconnects that process only; a call whose
 * owner died fails fast with {@link IllegalStateException}. {@code null} items are refused.
 *
 * @param <E> the element type
 */
public class SimpleProcessQueue<E> implements AutoCloseable {
  final QueueBackend backend;

  SimpleProcessQueue(QueueBackend backend) {
    this.backend = backend;
  }

  /** A queue owned by this process: Python's {@code SimpleQueue()}. */
  public static <E> SimpleProcessQueue<E> create() {
    return new SimpleProcessQueue<>(QueueRegistry.create(QueueRef.SIMPLE, Integer.MAX_VALUE));
  }

  /** {@code put(x)}. */
  public void put(E item) throws InterruptedException {
    backend.offer(ProcessQueue.requireItem(item, "SimpleProcessQueue"), -1);
  }

  /** {@code get()}: removes the head, waiting for one. */
  @SuppressWarnings("unchecked")
  public E take() throws InterruptedException {
    return (E) backend.poll(-1);
  }

  /** {@code get()} with a time limit (Python's SimpleQueue has none): {@code null} on timeout. */
  @SuppressWarnings("unchecked")
  public E poll(Duration timeout) throws InterruptedException {
    return (E) backend.poll(ProcessQueue.nanos(timeout));
  }

  /** {@code empty()}. */
  public boolean isEmpty() {
    return backend.size() == 0;
  }

  /** {@code close()}: frees the queue in its owner, disconnects this process elsewhere. */
  @Override
  public void close() {
    backend.close();
  }

  @Override
  public String toString() {
    return "<SimpleProcessQueue id="
        + backend.ref().id()
        + " owner="
        + backend.ref().ownerPid()
        + ">";
  }
}
