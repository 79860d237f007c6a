package io.github.multiproc;

import io.github.multiproc.internal.queue.QueueBackend;
import io.github.multiproc.internal.queue.QueueRef;
import io.github.multiproc.internal.queue.QueueRegistry;
import java.time.Duration;
import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A FIFO queue shared by processes: Python's {@code multiprocessing.Queue}, as a
 * {@link BlockingQueue}. Any number of producers and consumers in any processes of the tree; each
 * item is delivered exactly once. Pass it to a {@code @Worker}/{@code @Daemon} as a
 * {@code ProcessQueue<E>} or {@code BlockingQueue<E>} parameter; the child reconnects to the same
 * queue. Items of any type {@code Codecs.OBJECT} can encode travel (records, enums and sealed types
 * once their generated codecs are registered); an item is copied on {@code put}, as Python pickles
 * it, even when producer and consumer are the same process.
 *
 * <pre>{@code
 * try (ProcessQueue<String> q = ProcessQueue.create()) {     // Queue()
 *   ChildProcess<Void> p = WorkersProcesses.produce(q);
 *   p.start();
 *   String first = q.take();                                 // q.get()
 *   p.join();
 * }
 * }</pre>
 *
 * <h2>Python names</h2>
 *
 * <table>
 *   <tr><th>Python</th><th>Java</th></tr>
 *   <tr><td>{@code Queue()}, {@code Queue(maxsize)}</td>
 *       <td>{@link #create()}, {@link #create(int)}</td></tr>
 *   <tr><td>{@code put(x)}, {@code put(x, timeout=t)}, {@code put_nowait(x)}</td>
 *       <td>{@link #put}, {@link #offer(Object, Duration)}, {@link #offer(Object)}
 *       ({@code false} instead of {@code queue.Full})</td></tr>
 *   <tr><td>{@code get()}, {@code get(timeout=t)}, {@code get_nowait()}</td>
 *       <td>{@link #take}, {@link #poll(Duration)}, {@link #poll()}
 *       ({@code null} instead of {@code queue.Empty})</td></tr>
 *   <tr><td>{@code qsize()}, {@code empty()}, {@code full()}</td>
 *       <td>{@link #size}, {@link #isEmpty}, {@link #isFull}</td></tr>
 *   <tr><td>{@code close()}, {@code join_thread()}</td><td>{@link #close()}</td></tr>
 * </table>
 *
 * <h2>Where the queue lives</h2>
 *
 * The process that calls {@code create} owns the queue: the items live in its memory and its hub
 * serves them to other processes over an authenticated Unix socket. The owner's own calls go
 * straight to the items; other processes hold a proxy that connects on first use. Unlike Python's
 * pipe-and-feeder-thread design, {@link #size()} is exact and no item can be left half-written in
 * a pipe by a dying producer.
 *
 * <p>On an unbounded queue a non-owner's {@code put} streams its item without waiting for the
 * owner's reply (as Python's feeder thread does, but bounded by the socket buffer); an error such as
 * the owner having closed the queue surfaces within 256 puts or on the next other call, and the
 * process's exit waits until its streamed items are stored. On a bounded queue every put waits for
 * the owner's answer.
 *
 * <h2>Closing and failures</h2>
 *
 * <ul>
 *   <li>{@link #close()} in the owner frees the queue: its items are dropped, every waiting call in
 *       any process wakes, and every later call anywhere fails fast with
 *       {@link IllegalStateException} "the queue was closed by its owner".
 *   <li>{@link #close()} in any other process disconnects that process's handle only (Python:
 *       "no more data will be put on this queue by the current process"); later calls on that
 *       handle fail with {@link IllegalStateException}.
 *   <li>If the owner process has died, a call fails fast with {@link IllegalStateException} naming
 *       the owner's pid; a call already waiting ends the same way. It never hangs.
 * </ul>
 *
 * <h2>A consumer that dies</h2>
 *
 * Delivery is acknowledged without an extra round trip: the owner keeps the item it handed to a
 * consumer process until that process's next call on the queue (or its normal exit, or
 * {@link #close()}). If the consumer is killed first (SIGKILL, {@code Runtime.halt}, a crash), the
 * owner puts the item back at the head of the queue for the others. So no item still in the queue
 * is ever lost, and an item a consumer was receiving is not lost either (Python loses it). The price
 * is at-least-once for that one item: a consumer killed after it received an item but before its
 * next call may have acted on an item that another consumer then receives again. A call interrupted
 * in a non-owner likewise leaves the item it would have received in the queue. An interrupted
 * {@code put} on a bounded queue may still store its item.
 *
 * <h2>Other notes</h2>
 *
 * <ul>
 *   <li>{@code null} items are refused ({@link NullPointerException}), as every
 *       {@link BlockingQueue} does: {@code null} means "nothing" from {@link #poll()}.
 *   <li>{@link #iterator()}, {@link #toArray()}, {@code contains} and {@link #toString()} work on a
 *       snapshot taken at the call; the iterator does not support {@code remove}, and
 *       {@link #remove(Object)} is not supported (Python has neither).
 *   <li>{@link #remainingCapacity()} is {@link Integer#MAX_VALUE} for an unbounded queue.
 *   <li>Thread-safe. Blocking calls in a non-owner are interruptible; in the owner too.
 * </ul>
 *
 * @param <E> the element type
 */
public class ProcessQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, AutoCloseable {
  static {
    QueueAccess.install();
  }

  final QueueBackend backend;

  ProcessQueue(QueueBackend backend) {
    this.backend = backend;
  }

  /** An unbounded queue owned by this process: Python's {@code Queue()}. */
  public static <E> ProcessQueue<E> create() {
    return new ProcessQueue<>(QueueRegistry.create(QueueRef.QUEUE, Integer.MAX_VALUE));
  }

  /**
   * A queue of at most {@code maxSize} items owned by this process: Python's
   * {@code Queue(maxsize)}.
   *
   * @throws IllegalArgumentException if {@code maxSize < 1}
   */
  public static <E> ProcessQueue<E> create(int maxSize) {
    return new ProcessQueue<>(QueueRegistry.create(QueueRef.QUEUE, maxSize));
  }

  /** {@code put(x)}: adds {@code e}, waiting for room. */
  @Override
  public void put(E e) throws InterruptedException {
    backend.offer(Objects.requireNonNull(e, "a ProcessQueue does not accept null items"), -1);
  }

  /** {@code put_nowait(x)}: adds {@code e} if there is room now. */
  @Override
  public boolean offer(E e) {
    Objects.requireNonNull(e, "a ProcessQueue does not accept null items");
    boolean interrupted = Thread.interrupted();
    try {
      return backend.offer(e, 0);
    } catch (InterruptedException ex) {
      interrupted = true;
      return false;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** {@code put(x, timeout=t)}: adds {@code e}, waiting up to {@code timeout} for room. */
  @Override
  public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
    Objects.requireNonNull(e, "a ProcessQueue does not accept null items");
    return backend.offer(e, Math.max(0, unit.toNanos(timeout)));
  }

  /** {@code put(x, timeout=t)} with a {@link Duration}. */
  public boolean offer(E e, Duration timeout) throws InterruptedException {
    return offer(e, nanos(timeout), TimeUnit.NANOSECONDS);
  }

  /** {@code get()}: removes the head, waiting for one. */
  @Override
  @SuppressWarnings("unchecked")
  public E take() throws InterruptedException {
    return (E) backend.poll(-1);
  }

  /** {@code get_nowait()}: the head, or {@code null} if the queue is empty. */
  @Override
  @SuppressWarnings("unchecked")
  public E poll() {
    boolean interrupted = Thread.interrupted();
    try {
      return (E) backend.poll(0);
    } catch (InterruptedException ex) {
      interrupted = true;
      return null;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** {@code get(timeout=t)}: the head, or {@code null} if none came within {@code timeout}. */
  @Override
  @SuppressWarnings("unchecked")
  public E poll(long timeout, TimeUnit unit) throws InterruptedException {
    return (E) backend.poll(Math.max(0, unit.toNanos(timeout)));
  }

  /** {@code get(timeout=t)} with a {@link Duration}. */
  public E poll(Duration timeout) throws InterruptedException {
    return poll(nanos(timeout), TimeUnit.NANOSECONDS);
  }

  /** The head without removing it, or {@code null}; no Python equivalent. */
  @Override
  @SuppressWarnings("unchecked")
  public E peek() {
    return (E) backend.peek();
  }

  /** {@code qsize()}: the number of items in the queue now (exact, unlike Python's). */
  @Override
  public int size() {
    return backend.size();
  }

  /** {@code empty()}. */
  @Override
  public boolean isEmpty() {
    return size() == 0;
  }

  /** {@code full()}: whether a bounded queue holds its maximum now. */
  public boolean isFull() {
    return remainingCapacity() == 0;
  }

  /** Room left now; {@link Integer#MAX_VALUE} for an unbounded queue. */
  @Override
  public int remainingCapacity() {
    int capacity = backend.ref().capacity();
    return capacity == Integer.MAX_VALUE ? Integer.MAX_VALUE : Math.max(0, capacity - size());
  }

  /** Removes every item now in the queue; for a joinable queue they count as done. */
  @Override
  public void clear() {
    backend.clear();
  }

  @Override
  public int drainTo(Collection<? super E> c) {
    return drainTo(c, Integer.MAX_VALUE);
  }

  /** Moves up to {@code maxElements} items into {@code c} in one exchange with the owner. */
  @Override
  @SuppressWarnings("unchecked")
  public int drainTo(Collection<? super E> c, int maxElements) {
    Objects.requireNonNull(c, "c");
    if (c == this) {
      throw new IllegalArgumentException("cannot drain a queue into itself");
    }
    if (maxElements <= 0) {
      return 0;
    }
    List<Object> items = backend.drain(maxElements);
    for (Object item : items) {
      c.add((E) item);
    }
    return items.size();
  }

  /** An iterator over a snapshot of the items; it does not support {@code remove}. */
  @Override
  @SuppressWarnings("unchecked")
  public Iterator<E> iterator() {
    List<E> snapshot = (List<E>) (List<?>) backend.snapshot();
    return java.util.Collections.unmodifiableList(snapshot).iterator();
  }

  /** Not supported: a process queue removes only from its head. */
  @Override
  public boolean remove(Object o) {
    throw new UnsupportedOperationException("a ProcessQueue removes items only from its head");
  }

  /**
   * {@code close()}: in the owner, frees the queue for every process; elsewhere, disconnects this
   * process's handle after storing its streamed puts (see the class comment). Idempotent.
   */
  @Override
  public void close() {
    backend.close();
  }

  @Override
  public String toString() {
    QueueRef ref = backend.ref();
    return "<" + getClass().getSimpleName() + " id=" + ref.id() + " owner=" + ref.ownerPid()
        + (ref.capacity() == Integer.MAX_VALUE ? "" : " maxsize=" + ref.capacity()) + ">";
  }

  static long nanos(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      return 0;
    }
    try {
      return timeout.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }
}
