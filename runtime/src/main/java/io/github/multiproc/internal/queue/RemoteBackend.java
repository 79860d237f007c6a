package io.github.multiproc.internal.queue;

import static io.github.multiproc.internal.hub.Closeables.closeQuietly;
import static io.github.multiproc.internal.queue.QueueProtocol.*;

import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.internal.hub.ConnectionKind;
import io.github.multiproc.internal.hub.HubClient;
import io.github.multiproc.internal.process.ProcessContext;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.CorruptDataException;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A queue owned by another process, reached through the owner's hub. Connections open lazily on
 * first use and are pooled: a call borrows one for its whole request and reply, so a thread
 * blocked in {@code take()} never holds up another thread's {@code put()}.
 *
 * <p>Speed: on an unbounded queue {@code put} streams its item without waiting for a reply; every
 * {@value #FENCE_EVERY}th put and every other call waits, so an error (the owner closed the queue)
 * surfaces within that many puts or on the next call, and the socket's buffer bounds how far a
 * producer runs ahead. The owner processes a connection's frames in order, so a later call from
 * the same thread sees the earlier puts.
 *
 * <p>Takes prefetch: they go over one dedicated connection, under a take lock that serializes
 * this process's consumer threads (as Python's {@code Queue._rlock} does), and ask the owner for a
 * batch whose first item is returned and the rest kept in a {@link Prefetch} buffer that later
 * takes serve without a round trip. Each request on that connection acknowledges the items earlier
 * calls returned since the previous one; the owner keeps the rest owed and puts them back at the head of the
 * queue, in order, if the connection ends without GOODBYE (the process was killed). So only the
 * items taken since the last request (at most one batch's worth) can be delivered twice, and only
 * if this process dies (or its taking thread is interrupted) before its next request.
 *
 * <p>At exit (shutdown hook) and on {@link #close()}, the take connection gives back what it did
 * not take (GOODBYE with its count), and idle connections wait for their streamed puts to be
 * stored, then say GOODBYE, which acknowledges the last items received; a connection that ends
 * without it (the process was killed) has its unacknowledged items requeued by the owner.
 */
final class RemoteBackend implements QueueBackend {
  static final int FENCE_EVERY = 256;

  private static final Set<RemoteBackend> OPEN = ConcurrentHashMap.newKeySet();

  static {
    // A named class, not a method reference: a child loads this class while it starts (decoding
    // its queue handles), where every first use of a JDK facility costs time.
    Runtime.getRuntime().addShutdownHook(new ExitHook());
  }

  /** At exit: closes every handle of this process (see the class comment). */
  private static final class ExitHook extends Thread {
    ExitHook() {
      super("multiproc-queue-exit");
    }

    @Override
    public void run() {
      closeAllAtExit();
    }
  }

  private final QueueRef ref;
  private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();

  /** Held by the thread that takes; guards {@link #takeConnection} and {@link #prefetch}. */
  private final ReentrantLock takeLock = new ReentrantLock();

  private final Prefetch prefetch = new Prefetch();
  private Connection takeConnection;

  /** An early TAKE_BATCH was sent on {@link #takeConnection} and its reply not read yet. */
  private boolean batchInFlight;

  private volatile boolean closed;

  RemoteBackend(QueueRef ref) {
    this.ref = ref;
  }

  /** One pooled connection; used by one thread at a time. */
  private static final class Connection {
    final BlockingLink channel;
    final WireOutput out = new WireOutput(256);
    int streamed;

    Connection(BlockingLink channel) {
      this.channel = channel;
    }
  }

  @Override
  public QueueRef ref() {
    return ref;
  }

  @Override
  public boolean offer(Object item, long nanos) throws InterruptedException {
    Connection c = borrow();
    boolean ok = false;
    try {
      WireOutput out = c.out;
      out.reset();
      boolean stream = ref.unbounded() && c.streamed < FENCE_EVERY - 1;
      out.writeByte(stream ? PUT_STREAM : PUT);
      if (!stream) {
        out.writeLong(nanos);
      }
      Codecs.OBJECT.encode(out, item);
      if (out.size() > BlockingLink.maxFrameBytes()) {
        ok = true;
        throw new IllegalArgumentException(
            "the item is "
                + out.size()
                + " bytes encoded, more than"
                + " multiproc.maxFrameBytes ("
                + BlockingLink.maxFrameBytes()
                + ")");
      }
      if (stream) {
        send(c, out);
        c.streamed++;
        ok = true;
        return true;
      }
      byte[] reply = call(c, out);
      c.streamed = 0;
      ok = true;
      return status(reply) == OK;
    } finally {
      release(c, ok);
    }
  }

  /**
   * The head: from this process's prefetched items if any, else one batch from the owner. A
   * thread waits for the take lock within its timeout; {@code poll()} ({@code nanos == 0}) does
   * not wait for it and finds nothing while another thread of this process is taking.
   */
  @Override
  public Object poll(long nanos) throws InterruptedException {
    checkOpen();
    long deadline = nanos > 0 ? System.nanoTime() + nanos : 0;
    if (nanos < 0) {
      takeLock.lockInterruptibly();
    } else if (!(nanos == 0 ? takeLock.tryLock() : takeLock.tryLock(nanos, TimeUnit.NANOSECONDS))) {
      return null;
    }
    try {
      Object item = prefetch.take();
      if (item == null) {
        item = fetch(nanos <= 0 ? nanos : Math.max(0, deadline - System.nanoTime()));
      }
      if (item != null) {
        askAhead();
      }
      return item;
    } finally {
      if (closed) {
        giveBack(); // close() ran meanwhile and could not take the lock: return the rest now
      }
      takeLock.unlock();
    }
  }

  /** With the take lock and an empty buffer: the next batch's first item, or null. */
  private Object fetch(long nanos) throws InterruptedException {
    checkOpen();
    if (batchInFlight) {
      absorb(); // the owner answered an early request at once; its items may already be here
      Object item = prefetch.take();
      if (item != null) {
        return item;
      }
    }
    Connection c = takeConnection();
    boolean ok = false;
    try {
      sendTakeBatch(c, nanos, 0);
      byte[] reply = receive(c);
      ok = true;
      if (status(reply) == TIMEOUT) {
        prefetch.emptyReply();
        return null;
      }
      prefetch.fill(reply);
      return prefetch.take();
    } finally {
      if (!ok) {
        dropTakeConnection(c);
      }
    }
  }

  /**
   * With the take lock, after a take: once half of the last batch is used, asks for the next one
   * without waiting for the reply, and without the owner waiting for items (so an idle consumer
   * never has items held for it), so the round trip overlaps this process's work on the other
   * half. The request acknowledges the items taken before this call, not the one this call is
   * about to return: the caller has not worked on it yet, so if this process dies now it must go
   * back to the queue.
   */
  private void askAhead() {
    Connection c = takeConnection;
    if (batchInFlight
        || c == null
        || closed
        || !prefetch.halfUsed()
        || Thread.currentThread().isInterrupted()) { // a write would close the connection
      return;
    }
    boolean ok = false;
    try {
      sendTakeBatch(c, 0, 1);
      batchInFlight = true;
      ok = true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // reported by the next blocking call
    } catch (IllegalStateException e) {
      // the owner is gone: the next call reports it
    } finally {
      if (!ok) {
        dropTakeConnection(c);
      }
    }
  }

  private Connection takeConnection() {
    Connection c = takeConnection;
    if (c == null) {
      c = open();
      takeConnection = c;
    }
    return c;
  }

  /**
   * Sends TAKE_BATCH, acknowledging the items taken since the previous request except the last
   * {@code notYet} (taken by the current call, not yet returned to its caller).
   */
  private void sendTakeBatch(Connection c, long nanos, int notYet) throws InterruptedException {
    int count = prefetch.takenSinceAck() - notYet;
    WireOutput out = c.out;
    out.reset();
    out.writeByte(TAKE_BATCH | ACKED);
    out.writeInt(count);
    out.writeLong(nanos);
    out.writeInt(prefetch.nextWant(ref.unbounded()));
    send(c, out);
    prefetch.acknowledged(count);
  }

  /** With the take lock: reads the reply to an early request, its items into the buffer. */
  private void absorb() throws InterruptedException {
    if (!batchInFlight) {
      return;
    }
    Connection c = takeConnection;
    boolean ok = false;
    try {
      byte[] reply = receive(c);
      batchInFlight = false;
      ok = true;
      if (status(reply) == TIMEOUT) {
        prefetch.emptyReply();
      } else {
        prefetch.fill(reply);
      }
    } finally {
      if (!ok) {
        dropTakeConnection(c);
      }
    }
  }

  /** {@link #absorb()} for calls that are not interruptible: keeps the interrupt for later. */
  private void absorbUninterruptibly() {
    try {
      absorb();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the connection is dropped; the owner requeues
    }
  }

  /** The take connection broke: the owner puts back what it owes, so forget our copies. */
  private void dropTakeConnection(Connection c) {
    takeConnection = null;
    batchInFlight = false;
    prefetch.giveBack();
    closeQuietly(c.channel);
  }

  /**
   * With the take lock: closes the take connection with GOODBYE, which acknowledges the items
   * taken and has the owner put the untaken ones (buffered or in an unread reply) back at the
   * head of the queue, in order.
   */
  private void giveBack() {
    Connection c = takeConnection;
    if (c == null) {
      return;
    }
    takeConnection = null;
    boolean inFlight = batchInFlight;
    batchInFlight = false;
    int taken = prefetch.giveBack();
    boolean interrupted = Thread.interrupted(); // an interrupt would close the channel mid-way
    try {
      c.out.reset();
      c.out.writeByte(GOODBYE | ACKED);
      c.out.writeInt(taken);
      c.channel.write(c.out.array(), c.out.size());
      if (inFlight) {
        c.channel.read(BlockingLink.maxFrameBytes()); // the early batch, given back unread
      }
      c.channel.read(16); // OK: the owner has put the items back
    } catch (IOException e) {
      // the owner is gone or closed the queue: nothing to give back any more
    } finally {
      closeQuietly(c.channel);
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The head without taking it: a prefetched item if this process holds one, else the owner's. */
  @Override
  public Object peek() {
    if (takeLock.tryLock()) {
      try {
        checkOpen();
        absorbUninterruptibly();
        Object head = prefetch.peek();
        if (head != null) {
          return head;
        }
      } finally {
        takeLock.unlock();
      }
    }
    return uninterruptibly(PEEK, reply -> itemOrNull(reply));
  }

  /**
   * The owner's count plus the items this process prefetched and has not taken yet (not those
   * other consumers prefetched).
   */
  @Override
  public int size() {
    if (takeLock.tryLock()) { // else another thread is taking; it reads any early batch
      try {
        absorbUninterruptibly(); // an early batch's items count as this process's
      } finally {
        takeLock.unlock();
      }
    }
    int owners =
        uninterruptibly(
            SIZE,
            reply -> {
              status(reply);
              WireInput in = new WireInput(reply, 1, reply.length - 1);
              return in.readInt();
            });
    return owners + prefetch.buffered();
  }

  /** Gives this process's prefetched items back first, so they are cleared (and counted done). */
  @Override
  public void clear() {
    checkOpen();
    if (takeLock.tryLock()) { // held by a thread waiting in take: then nothing is prefetched
      try {
        giveBack();
      } finally {
        takeLock.unlock();
      }
    }
    uninterruptibly(CLEAR, RemoteBackend::status);
  }

  @Override
  public List<Object> drain(int max) {
    checkOpen();
    List<Object> items = new ArrayList<>();
    if (takeLock.tryLock()) {
      try {
        absorbUninterruptibly();
        Object item;
        while (items.size() < max && (item = prefetch.take()) != null) {
          items.add(item);
        }
      } finally {
        takeLock.unlock();
      }
    }
    if (items.size() == max) {
      return items;
    }
    Connection c = borrow();
    boolean ok = false;
    try {
      c.out.reset();
      c.out.writeByte(DRAIN);
      c.out.writeInt(max - items.size());
      items.addAll(list(callUninterruptibly(c, c.out)));
      ok = true;
      return items;
    } finally {
      release(c, ok);
    }
  }

  @Override
  public List<Object> snapshot() {
    List<Object> items = new ArrayList<>();
    if (takeLock.tryLock()) {
      try {
        checkOpen();
        absorbUninterruptibly();
        items.addAll(prefetch.snapshot());
      } finally {
        takeLock.unlock();
      }
    }
    items.addAll(uninterruptibly(SNAPSHOT, this::list));
    return items;
  }

  /**
   * {@code task_done()}. Sent on the take connection when this thread can have it, so it also
   * acknowledges the items taken: a task marked done is then never delivered again if this
   * process dies, which keeps a joinable queue's count right.
   */
  @Override
  public void taskDone() {
    if (takeLock.tryLock()) {
      try {
        checkOpen();
        absorbUninterruptibly();
        Connection c = takeConnection;
        if (c != null && prefetch.takenSinceAck() > 0) {
          boolean ok = false;
          try {
            c.out.reset();
            c.out.writeByte(TASK_DONE | ACKED);
            c.out.writeInt(prefetch.takenSinceAck());
            int count = prefetch.takenSinceAck();
            byte[] reply = callUninterruptibly(c, c.out);
            prefetch.acknowledged(count);
            ok = true;
            taskDoneReply(reply);
            return;
          } finally {
            if (!ok) {
              dropTakeConnection(c);
            }
          }
        }
      } finally {
        takeLock.unlock();
      }
    }
    uninterruptibly(TASK_DONE, RemoteBackend::taskDoneReply);
  }

  private static byte taskDoneReply(byte[] reply) {
    if (reply[0] == ERROR) {
      throw new IllegalStateException(new WireInput(reply, 1, reply.length - 1).readString());
    }
    return status(reply);
  }

  @Override
  public boolean join(long nanos) throws InterruptedException {
    Connection c = borrow();
    boolean ok = false;
    try {
      c.out.reset();
      c.out.writeByte(JOIN);
      c.out.writeLong(nanos);
      boolean done = status(call(c, c.out)) == OK;
      ok = true;
      return done;
    } finally {
      release(c, ok);
    }
  }

  /**
   * Disconnects this process from the queue (Python's {@code Queue.close()} in a non-owner): idle
   * connections store their streamed puts and say GOODBYE; a call already waiting in another
   * thread finishes first, then its connection closes. Later calls fail fast.
   */
  @Override
  public void close() {
    closed = true;
    OPEN.remove(this);
    if (takeLock.tryLock()) { // else a thread waits in take; it gives back when it returns
      try {
        giveBack();
      } finally {
        takeLock.unlock();
      }
    }
    Connection c;
    while ((c = idle.pollFirst()) != null) {
      goodbye(c);
    }
  }

  private static void closeAllAtExit() {
    for (RemoteBackend backend : OPEN) {
      backend.close();
    }
  }

  // ---- plumbing

  private interface ReplyReader<T> {
    T read(byte[] reply);
  }

  private <T> T uninterruptibly(byte op, ReplyReader<T> reader) {
    Connection c = borrow();
    boolean ok = false;
    try {
      c.out.reset();
      c.out.writeByte(op);
      T value = reader.read(callUninterruptibly(c, c.out));
      ok = true;
      return value;
    } finally {
      release(c, ok);
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException(
          "this process closed its handle of the queue (close() outside"
              + " the owner disconnects that process only)");
    }
  }

  private Connection borrow() {
    checkOpen();
    Connection c = idle.pollFirst();
    if (c != null) {
      return c;
    }
    return open();
  }

  /** A new connection to the owner's hub for this queue. */
  private Connection open() {
    WireOutput opening = new WireOutput(8);
    opening.writeLong(ref.id());
    BlockingLink channel;
    try {
      channel =
          HubClient.connect(
              Path.of(ref.hubPath()),
              ProcessContext.sessionKey(),
              ConnectionKind.QUEUE,
              opening.toByteArray());
    } catch (IOException e) {
      throw ownerGone(e);
    }
    byte[] answer;
    try {
      answer = channel.read(64);
    } catch (IOException e) {
      closeQuietly(channel);
      throw ownerGone(e);
    }
    if (answer.length != 1 || answer[0] != OK) {
      closeQuietly(channel);
      throw closedByOwner(QueueState.CLOSED_MESSAGE);
    }
    OPEN.add(this);
    return new Connection(channel);
  }

  /** Back to the pool, or closed if its stream state is unknown after a failure. */
  private void release(Connection c, boolean ok) {
    if (!ok) {
      closeQuietly(c.channel);
    } else if (closed) {
      goodbye(c);
    } else {
      idle.offerFirst(c); // most recently used first: the same thread tends to get it back
    }
  }

  private void goodbye(Connection c) {
    try {
      if (c.streamed > 0) {
        c.out.reset();
        c.out.writeByte(SIZE);
        callUninterruptibly(c, c.out); // the owner has stored every streamed put
      }
      c.channel.write(new byte[] {GOODBYE});
    } catch (RuntimeException | IOException e) {
      // the owner is gone or closed the queue: nothing to acknowledge any more
    } finally {
      closeQuietly(c.channel);
    }
  }

  private void send(Connection c, WireOutput out) throws InterruptedException {
    try {
      c.channel.write(out.array(), out.size());
    } catch (ClosedByInterruptException e) {
      throw interrupted();
    } catch (IOException e) {
      throw ownerGone(e);
    }
  }

  /** One request and its reply; interrupting the caller abandons the connection. */
  private byte[] call(Connection c, WireOutput out) throws InterruptedException {
    send(c, out);
    return receive(c);
  }

  private byte[] receive(Connection c) throws InterruptedException {
    try {
      byte[] reply = c.channel.read(BlockingLink.maxFrameBytes());
      if (reply.length == 0) {
        throw new CorruptDataException("empty reply from the queue's owner");
      }
      return reply;
    } catch (ClosedByInterruptException e) {
      // The owner requeues anything it handed us: we never read it.
      throw interrupted();
    } catch (IOException e) {
      throw ownerGone(e);
    }
  }

  private byte[] callUninterruptibly(Connection c, WireOutput out) {
    boolean interrupted = Thread.interrupted();
    try {
      return call(c, out);
    } catch (InterruptedException e) {
      interrupted = true;
      throw new IllegalStateException("interrupted while talking to the queue's owner", e);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static InterruptedException interrupted() {
    Thread.interrupted();
    return new InterruptedException("interrupted while waiting on a process queue");
  }

  /** The reply's status, after turning CLOSED into the owner's exception. */
  private static byte status(byte[] reply) {
    if (reply[0] == CLOSED) {
      throw closedByOwner(new WireInput(reply, 1, reply.length - 1).readString());
    }
    if (reply[0] != OK && reply[0] != TIMEOUT && reply[0] != ITEM) {
      throw new CorruptDataException("unexpected reply status " + reply[0] + " from the queue");
    }
    return reply[0];
  }

  private static Object itemOrNull(byte[] reply) {
    if (status(reply) != ITEM) {
      return null;
    }
    WireInput in = new WireInput(reply, 1, reply.length - 1);
    Object item = Codecs.OBJECT.decode(in);
    in.requireFullyRead();
    return item;
  }

  private List<Object> list(byte[] reply) {
    status(reply);
    WireInput in = new WireInput(reply, 1, reply.length - 1);
    int n = in.readCount(2);
    List<Object> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int length = in.readSize();
      int end = in.position() + length;
      items.add(Codecs.OBJECT.decode(in));
      if (in.position() != end) {
        throw new CorruptDataException("queue item length does not match its contents");
      }
    }
    in.requireFullyRead();
    return items;
  }

  private static IllegalStateException closedByOwner(String message) {
    return new IllegalStateException(message);
  }

  private IllegalStateException ownerGone(IOException cause) {
    return new IllegalStateException(
        "the process that owns this queue (pid "
            + ref.ownerPid()
            + ") is gone or unreachable: "
            + cause.getMessage(),
        cause);
  }
}
