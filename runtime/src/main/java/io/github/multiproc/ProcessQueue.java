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
 * item is delivered exactly once, unless a consumer process dies (see "A consumer that dies").
 * Pass it to a {@code @Worker}/{@code @Daemon} as a
 * {@code ProcessQueue<E>} or {@code BlockingQueue<E>} parameter; the child reconnects to the same
 * queue. Items of any type {@code Codecs.OBJECT} can encode travel (records, enums and sealed types
 * once their generated codecs are registered); an item is copied on {@code put}, as Python pickles
 * it, even when producer and consumer are the same process.
 *
 * <pre>{@code
 * try (ProcessQueue<String> q = ProcessQueue.create()) {     // Queue()
 *   ChildProcess<Void> p = ProducerProcesses.produce(q);     // @Worker in class Producer
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
 * pipe-and-feeder-thread design, no item can be left half-written in a pipe by a dying producer.
 *
 * <p>On an unbounded queue a non-owner's {@code put} streams its item without waiting for the
 * owner's reply (as Python's feeder thread does, but bounded by the socket buffer); an error such as
 * the owner having closed the queue surfaces within 256 puts or on the next other call, and the
 * process's exit waits until its streamed items are stored. On a bounded queue every put waits for
 * the owner's answer.
 *
 * <h2>Consumers in other processes prefetch</h2>
 *
 * A {@code take}/{@code poll} outside the owner asks the owner for a batch: it returns the first
 * item and keeps the rest in the process, where later takes find them without a round trip; once
 * half of a batch is used it asks for the next one ahead (without making the owner wait for
 * items). So a fast consumer pays one round trip per batch, not per item.
 *
 * <ul>
 *   <li>The batch size follows the consumer's pace: starting at one item it doubles while a
 *       batch lasts at most about a millisecond of the consumer's work and halves when it lasts
 *       longer, up to 1024 items or 64 KiB. A consumer that spends a millisecond or more per item
 *       receives one item at a time, as without prefetch. The owner also never hands one consumer
 *       more than a fair share of the items present: those left divided among it and the
 *       consumers waiting now.
 *   <li>A bounded queue ({@link #create(int)}) hands out one item per request: its maximum counts
 *       every item no consumer has received yet, and {@code put} waits for room as in Python.
 *   <li>{@link #size()} and {@link #isEmpty()} are approximate while consumers run, as Python's
 *       {@code qsize()} is: the owner (and every producer) counts the items in the queue, not
 *       those prefetched by consumer processes; a consumer counts its own prefetched items too.
 *       {@link #peek()} and {@link #iterator()} in a consumer show its prefetched items first.
 *   <li>The threads of one consumer process take one at a time, as Python's {@code Queue.get}
 *       does with its reader lock: {@link #poll()} returns {@code null} at once while another
 *       thread of the same process is taking, and {@link #poll(Duration)} waits for that thread
 *       within its timeout.
 *   <li>A consumer may still hand out items already in its buffer after the owner closed the
 *       queue or died (as items already in a Python pipe can still be read); then calls fail.
 * </ul>
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
 * Delivery is acknowledged without an extra round trip: the owner keeps every item it handed to a
 * consumer process owed until that process acknowledges it, and each request the consumer sends
 * for items (and each {@link JoinableProcessQueue#taskDone()}) acknowledges the items its earlier
 * calls returned since its previous request (never the item the same call is about to return: the
 * caller has not seen it yet). If the consumer is killed (SIGKILL, {@code Runtime.halt}, a crash), the owner
 * puts every item it still owes back at the head of the queue, in order, for the others:
 *
 * <ul>
 *   <li>prefetched items the consumer had not taken: delivered exactly once, by another consumer;
 *   <li>items it took since its last request: <b>at least once</b>, another consumer receives them
 *       again, though the dead one may have acted on them. These are the last items it took,
 *       at most 1024 (the largest batch: a consumer asks for its next batch when half of the
 *       current one is used, so between two requests it takes the second half of one batch and
 *       the first half of the next); for a consumer that spends a millisecond or more per item,
 *       and on a bounded queue, at most the one item it was working on.
 * </ul>
 *
 * So no item still in the queue is ever lost, and no item a consumer was receiving or had
 * prefetched is lost either (Python loses them). A consumer that ends normally (returns from its
 * entry point and exits, or calls {@link #close()}) gives back the items it prefetched and did not
 * take, at the head of the queue and in order, and acknowledges the rest: nothing is delivered
 * twice. {@link #clear()} in a consumer gives its prefetched items back first, so they are cleared
 * too. A take interrupted while it waits for the owner leaves its batch in the queue (an interrupt
 * can also make the items taken since the last request come again, as a death does). An
 * interrupted {@code put} on a bounded queue may still store its item.
 *
 * <h2>Other notes</h2>
 *
 * <ul>
 *   <li>{@code null} items are refused ({@link NullPointerException}), as every
 *       {@link BlockingQueue} does: {@code null} means "nothing" from {@link #poll()}. For
 *       Python's {@code q.put(None)} end marker put a sentinel record of a sealed message type,
 *       or make the items {@code Optional<E>} and put {@code Optional.empty()}.
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

  /**
   * {@code e}, or a {@link NullPointerException} that shows the Java form of Python's
   * {@code q.put(None)} end marker, which a queue here cannot carry.
   */
  static <E> E requireItem(E e, String queueType) {
    if (e == null) {
      throw new NullPointerException(
          "a "
              + queueType
              + " does not accept null items, as no"
              + " BlockingQueue does; for Python's q.put(None) end marker, put a sentinel (a record"
              + " such as Done() in a sealed interface of messages) or make the items Optional<E> and"
              + " put Optional.empty()");
    }
    return e;
  }

  /** {@code put(x)}: adds {@code e}, waiting for room. */
  @Override
  public void put(E e) throws InterruptedException {
    backend.offer(requireItem(e, "ProcessQueue"), -1);
  }

  /** {@code put_nowait(x)}: adds {@code e} if there is room now. */
  @Override
  public boolean offer(E e) {
    requireItem(e, "ProcessQueue");
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
    requireItem(e, "ProcessQueue");
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

  /**
   * {@code get_nowait()}: the head, or {@code null} if the queue is empty (or, outside the owner,
   * if another thread of this process is taking now: see the class comment).
   */
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

  /**
   * {@code qsize()}: the number of items in the queue now, plus, in a consumer process, the items
   * it prefetched and has not taken; approximate while other processes consume (see the class
   * comment), as Python's is.
   */
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
    return "<"
        + getClass().getSimpleName()
        + " id="
        + ref.id()
        + " owner="
        + ref.ownerPid()
        + (ref.capacity() == Integer.MAX_VALUE ? "" : " maxsize=" + ref.capacity())
        + ">";
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
