package io.github.multiproc.internal.queue;

import static io.github.multiproc.internal.queue.QueueProtocol.*;

import io.github.multiproc.internal.hub.ConnectionKind;
import io.github.multiproc.internal.hub.FramedChannel;
import io.github.multiproc.internal.hub.HubClient;
import io.github.multiproc.internal.process.ProcessContext;
import io.github.multiproc.spi.Codecs;
import io.github.multiproc.spi.CorruptDataException;
import io.github.multiproc.spi.WireInput;
import io.github.multiproc.spi.WireOutput;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

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
 * <p>At exit (shutdown hook) and on {@link #close()}, idle connections wait for their streamed
 * puts to be stored, then say GOODBYE, which acknowledges the last items received; a connection
 * that ends without it (the process was killed) has its unacknowledged items requeued by the owner.
 */
final class RemoteBackend implements QueueBackend {
  static final int FENCE_EVERY = 256;

  private static final Set<RemoteBackend> OPEN = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(RemoteBackend::closeAllAtExit,
        "multiproc-queue-exit"));
  }

  private final QueueRef ref;
  private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
  private volatile boolean closed;

  RemoteBackend(QueueRef ref) {
    this.ref = ref;
  }

  /** One pooled connection; used by one thread at a time. */
  private static final class Connection {
    final FramedChannel channel;
    final WireOutput out = new WireOutput(256);
    int streamed;

    Connection(FramedChannel channel) {
      this.channel = channel;
    }
  }

  @Override
  public QueueRef ref() {
    return ref;
  }

  @Override
  public boolean isOwner() {
    return false;
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
      if (out.size() > FramedChannel.maxFrameBytes()) {
        ok = true;
        throw new IllegalArgumentException("the item is " + out.size() + " bytes encoded, more than"
            + " multiproc.maxFrameBytes (" + FramedChannel.maxFrameBytes() + ")");
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

  @Override
  public Object poll(long nanos) throws InterruptedException {
    Connection c = borrow();
    boolean ok = false;
    try {
      c.out.reset();
      c.out.writeByte(TAKE);
      c.out.writeLong(nanos);
      Object item = itemOrNull(call(c, c.out));
      ok = true;
      return item;
    } finally {
      release(c, ok);
    }
  }

  @Override
  public Object peek() {
    return uninterruptibly(PEEK, reply -> itemOrNull(reply));
  }

  @Override
  public int size() {
    return uninterruptibly(SIZE, reply -> {
      status(reply);
      WireInput in = new WireInput(reply, 1, reply.length - 1);
      return in.readInt();
    });
  }

  @Override
  public void clear() {
    uninterruptibly(CLEAR, RemoteBackend::status);
  }

  @Override
  public List<Object> drain(int max) {
    Connection c = borrow();
    boolean ok = false;
    try {
      c.out.reset();
      c.out.writeByte(DRAIN);
      c.out.writeInt(max);
      List<Object> items = list(callUninterruptibly(c, c.out));
      ok = true;
      return items;
    } finally {
      release(c, ok);
    }
  }

  @Override
  public List<Object> snapshot() {
    return uninterruptibly(SNAPSHOT, this::list);
  }

  @Override
  public void taskDone() {
    uninterruptibly(TASK_DONE, reply -> {
      if (reply[0] == ERROR) {
        throw new IllegalStateException(new WireInput(reply, 1, reply.length - 1).readString());
      }
      return status(reply);
    });
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

  private Connection borrow() {
    if (closed) {
      throw new IllegalStateException("this process closed its handle of the queue (close() outside"
          + " the owner disconnects that process only)");
    }
    Connection c = idle.pollFirst();
    if (c != null) {
      return c;
    }
    WireOutput opening = new WireOutput(8);
    opening.writeLong(ref.id());
    FramedChannel channel;
    try {
      channel = HubClient.connect(Path.of(ref.hubPath()), ProcessContext.sessionKey(),
          ConnectionKind.OBJECTS, opening.toByteArray());
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
    try {
      byte[] reply = c.channel.read(FramedChannel.maxFrameBytes());
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
    return new IllegalStateException("the process that owns this queue (pid " + ref.ownerPid()
        + ") is gone or unreachable: " + cause.getMessage(), cause);
  }

  private static void closeQuietly(FramedChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // nothing more to do
    }
  }
}
