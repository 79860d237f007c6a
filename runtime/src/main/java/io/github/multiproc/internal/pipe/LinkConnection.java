package io.github.multiproc.internal.pipe;

import io.github.multiproc.BufferTooShortException;
import io.github.multiproc.Connection;
import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one implementation of {@link Connection}: messages are {@link Codecs#OBJECT} frames over a
 * {@link FrameLink}, for pipe ends and for Listener/Client connections alike.
 */
public final class LinkConnection<T> implements Connection<T> {
  private final FrameLink link;
  private final boolean readable;
  private final boolean writable;

  /** How to pass this end to another process; null for a Listener/Client connection. */
  private final PipeReference reference;

  /** A frame handed back by {@link #recvBytesInto} because it did not fit. */
  private final AtomicReference<byte[]> unread = new AtomicReference<>();

  private volatile boolean closed;

  LinkConnection(FrameLink link, boolean readable, boolean writable, PipeReference reference) {
    this.link = link;
    this.readable = readable;
    this.writable = writable;
    this.reference = reference;
  }

  /** A connection over a connected, authenticated socket (Listener/Client). */
  public static <T> Connection<T> overSocket(SocketChannel channel) throws IOException {
    return new LinkConnection<>(new SocketLink(channel, () -> {}), true, true, null);
  }

  @Override
  public void send(T message) throws IOException {
    checkWritable();
    WireOutput out = new WireOutput();
    Codecs.OBJECT.encode(out, message);
    sendFrame(out.array(), 0, out.size(), true);
  }

  @Override
  @SuppressWarnings("unchecked")
  public T recv() throws IOException {
    WireInput in = new WireInput(nextFrame());
    Object message = Codecs.OBJECT.decode(in);
    in.requireFullyRead();
    return (T) message;
  }

  @Override
  public boolean poll() throws IOException {
    return poll(Duration.ZERO);
  }

  @Override
  public boolean poll(Duration timeout) throws IOException {
    checkReadable();
    if (unread.get() != null) {
      return true;
    }
    long nanos = timeout.isNegative() ? 0 : saturatedNanos(timeout);
    return link.poll(nanos);
  }

  @Override
  public void sendBytes(byte[] bytes) throws IOException {
    sendBytes(bytes, 0, bytes.length);
  }

  @Override
  public void sendBytes(byte[] bytes, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    checkWritable();
    sendFrame(bytes, offset, length, false);
  }

  @Override
  public byte[] recvBytes() throws IOException {
    return nextFrame();
  }

  @Override
  public int recvBytesInto(byte[] buffer, int offset) throws IOException {
    Objects.checkIndex(offset, buffer.length + 1);
    byte[] frame = nextFrame();
    int room = buffer.length - offset;
    if (frame.length > room) {
      unread.set(frame);
      throw new BufferTooShortException(frame.length, room);
    }
    System.arraycopy(frame, 0, buffer, offset, frame.length);
    return frame.length;
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      unread.set(null);
      link.close();
    }
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  /** How this end travels to another process; marks it as passed on. */
  PipeReference shipReference() {
    if (reference == null) {
      throw new IllegalArgumentException(
          "only an end of a Pipe can be passed to another process"
              + " (as a worker argument or a queue or pipe item); a Listener/Client connection belongs"
              + " to the process that opened it");
    }
    if (closed) {
      throw new IllegalStateException("this pipe end is closed and cannot be passed on");
    }
    if (link instanceof LocalEnd) {
      PipeCore core = PipeRegistry.core(reference.pipeId());
      if (core == null) {
        throw new IllegalStateException(
            "this pipe end can no longer be passed on: every process"
                + " that held its peer closed it or exited");
      }
      return new PipeReference(
          PipeRegistry.exportHub(),
          reference.pipeId(),
          reference.index(),
          readable,
          writable,
          core.ship(reference.index()));
    }
    return reference;
  }

  /** The pipe end this connection is, or null for a Listener/Client connection. */
  PipeReference reference() {
    return reference;
  }

  @Override
  public String toString() {
    String mode = readable && writable ? "duplex" : readable ? "read-only" : "write-only";
    return "<Connection "
        + mode
        + (closed ? " closed" : "")
        + (reference != null
            ? " pipe=" + reference.pipeId() + " end=" + (reference.index() + 1)
            : "")
        + ">";
  }

  private void sendFrame(byte[] bytes, int offset, int length, boolean owned) throws IOException {
    int limit = BlockingLink.maxFrameBytes();
    if (length > limit) {
      throw new IllegalArgumentException(
          "a message of "
              + length
              + " bytes is over the frame limit"
              + " of "
              + limit
              + " bytes (raise multiproc.maxFrameBytes, or send it in parts);"
              + " nothing was sent");
    }
    link.write(bytes, offset, length, owned);
  }

  private byte[] nextFrame() throws IOException {
    checkReadable();
    byte[] frame = unread.getAndSet(null);
    return frame != null ? frame : link.read(-1);
  }

  private void checkReadable() throws IOException {
    checkOpen();
    if (!readable) {
      throw new IllegalStateException(
          "this connection is write-only (the second end of a one-way"
              + " pipe): it cannot receive");
    }
  }

  private void checkWritable() throws IOException {
    checkOpen();
    if (!writable) {
      throw new IllegalStateException(
          "this connection is read-only (the first end of a one-way" + " pipe): it cannot send");
    }
  }

  private void checkOpen() throws IOException {
    if (closed) {
      throw new IOException("the connection is closed");
    }
  }

  private static long saturatedNanos(Duration timeout) {
    try {
      return timeout.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }
}
