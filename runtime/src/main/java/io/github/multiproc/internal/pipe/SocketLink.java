package io.github.multiproc.internal.pipe;

import static io.github.multiproc.internal.hub.Closeables.closeQuietly;

import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.internal.hub.FrameBody;
import io.github.multiproc.internal.hub.ProtocolException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Frames over one connected socket in non-blocking mode: a 4-byte big-endian length, then the
 * payload, as {@link BlockingLink} writes them. A waiting reader first spins on the socket for a
 * few microseconds and only then parks in a selector, because a cross-core wake-up from a parked
 * read takes many times longer than a spinning read takes to see the next message (see
 * ARCHITECTURE.md). Reads are buffered, so many small frames cost one system call. On a
 * Unix-domain socket, frames from 64 KiB to 1 MiB go through a {@link BulkRing} in shared memory
 * once the peer has mapped it; the socket then carries only a notice for each.
 *
 * <p>A length prefix above {@code multiproc.maxFrameBytes} (only a forged or broken peer sends one:
 * our senders refuse big messages) closes the link with a {@link ProtocolException}. One reader and
 * one writer may work at the same time.
 *
 * <p>Public for the manager, whose proxies and server use it for their calls once the handshake is
 * done (Python's {@code Connection} under a {@code BaseProxy}).
 */
public final class SocketLink implements FrameLink {
  /** How long a reader spins before it parks; {@code multiproc.spinMicros} overrides it. */
  static final long SPIN_NANOS =
      TimeUnit.MICROSECONDS.toNanos(Long.getLong("multiproc.spinMicros", 50));

  /** The least a reader spins, however often spinning was in vain. */
  private static final long MIN_SPIN_NANOS = SPIN_NANOS / 32;

  private static final int BUFFER_BYTES = 64 << 10;

  /**
   * The socket send buffer we ask for. Linux's default (~208 KiB) splits a 1 MiB message into
   * several wake-ups of the reader; with 4 MiB (the usual {@code net.core.wmem_max}; the kernel caps
   * a bigger request) a writer hands a big frame over in one or two system calls. It is a limit,
   * not an allocation: an idle link costs nothing more.
   */
  private static final int SOCKET_BUFFER_BYTES =
      Integer.getInteger("multiproc.socketBufferBytes", 4 << 20);

  /** The direct buffer a big frame's body is read through. */
  private static final int BULK_BYTES = 256 << 10;

  /** Writes go through at most this much direct memory: one copy from the caller's array. */
  private static final int OUT_BYTES = 256 << 10;

  private final SocketChannel channel;
  private final Runnable onClose;
  private final ReentrantLock readLock = new ReentrantLock();
  private final ReentrantLock writeLock = new ReentrantLock();
  private final ByteBuffer in = ByteBuffer.allocateDirect(BUFFER_BYTES).flip();
  private ByteBuffer out;

  /** Where the body of a frame bigger than {@link #in} is read; made on the first big frame. */
  private ByteBuffer bulk;

  /** Whether big frames may go through a ring: a Unix-domain socket whose ring has not failed. */
  private boolean ringPossible;

  /** How many big frames this side sent before it offered a ring (write lock). */
  private int bigFramesSent;

  /** The ring this side's big frames go through once the peer maps it (write lock). */
  private BulkRing.Sender sendRing;

  /** The ring the peer offered, that its big frames come through (read lock). */
  private BulkRing.Receiver ring;

  /** How long the next wait spins (guarded by the read lock); see {@link #adaptSpin}. */
  private long spinNanos = SPIN_NANOS;

  private Selector readSelector;
  private Selector writeSelector;
  private volatile boolean closed;
  private volatile IOException ended;

  /** Set by {@link #wakeReader}: the waiting reader returns as if its wait timed out. */
  private volatile boolean wake;

  /** Set by {@link #endOutput}: writers get {@link OutputEndedException}. */
  private volatile boolean outputEnded;

  /** A pipe holder's link: the end of the pushed stream keeps the socket open for sending. */
  private boolean keepOpenAtEnd;

  /**
   * @param channel a connected socket; it is switched to non-blocking mode
   * @param onClose run once when the link closes, by either side
   */
  SocketLink(SocketChannel channel, Runnable onClose) throws IOException {
    this.channel = channel;
    this.onClose = onClose;
    channel.configureBlocking(false);
    ringPossible = sizeBuffers(channel);
  }

  /**
   * Asks for big buffers on a Unix-domain socket; a kernel that refuses keeps its defaults, which
   * still work. A TCP socket keeps the kernel's auto-tuning, which a fixed size would switch off.
   * Returns whether it is a Unix-domain socket, whose peer shares this machine's memory.
   */
  static boolean sizeBuffers(SocketChannel channel) {
    try {
      if (!(channel.getLocalAddress() instanceof UnixDomainSocketAddress)) {
        return false;
      }
      if (channel.getOption(StandardSocketOptions.SO_SNDBUF) < SOCKET_BUFFER_BYTES) {
        channel.setOption(StandardSocketOptions.SO_SNDBUF, SOCKET_BUFFER_BYTES);
      }
      if (channel.getOption(StandardSocketOptions.SO_RCVBUF) < SOCKET_BUFFER_BYTES) {
        channel.setOption(StandardSocketOptions.SO_RCVBUF, SOCKET_BUFFER_BYTES);
      }
    } catch (IOException | UnsupportedOperationException e) {
      // only slower
    }
    return true;
  }

  /**
   * A link whose reading side may end (the peer shut down its output) while this side keeps
   * sending: a pipe end attached to the creating process, see {@link RemoteEnd}.
   */
  static SocketLink halfClosable(SocketChannel channel) throws IOException {
    SocketLink link = new SocketLink(channel, () -> {});
    link.keepOpenAtEnd = true;
    return link;
  }

  /**
   * A link over {@code channel}, an authenticated connection whose handshake is over; from now on
   * only this link may use it.
   */
  public static SocketLink over(SocketChannel channel) throws IOException {
    return new SocketLink(channel, () -> {});
  }

  @Override
  public byte[] read(long timeoutNanos) throws IOException {
    long start = System.nanoTime();
    readLock.lock();
    try {
      checkReadable();
      while (true) {
        if (!fill(4, start, timeoutNanos, true)) {
          return null;
        }
        int length = in.getInt(in.position());
        if (length == BulkRing.OFFER) {
          if (!takeOffer(start, timeoutNanos)) {
            return null;
          }
          continue; // the frame the offer came with follows
        }
        if (length == BulkRing.IN_RING) {
          return takeFromRing(start, timeoutNanos);
        }
        if (length < 0 || length > BlockingLink.maxFrameBytes()) {
          throw end(
              new ProtocolException(
                  "received a frame of "
                      + Integer.toUnsignedString(length)
                      + " bytes, over the limit of "
                      + BlockingLink.maxFrameBytes()
                      + " bytes (multiproc.maxFrameBytes); closed the connection"));
        }
        if (length <= in.capacity() - 4) {
          // Waits for the whole frame while it is still at the head of the buffer, so a timeout
          // leaves the stream intact.
          if (!fill(4 + length, start, timeoutNanos, false)) {
            return null;
          }
          in.position(in.position() + 4);
          byte[] frame = new byte[length];
          in.get(frame);
          return frame;
        }
        return readBigFrame(length);
      }
    } finally {
      releaseRead();
    }
  }

  /** Reads a frame bigger than {@link #in} whose header is at the head of {@link #in}. */
  private byte[] readBigFrame(int length) throws IOException {
    // Once it starts arriving, waits for all of it (the sender is mid-write).
    in.position(in.position() + 4);
    // Grows with the bytes that arrive: a header alone must not cost the frame's length.
    FrameBody frame = new FrameBody(length);
    frame.put(in);
    // The JDK reads a socket into a heap array through a temporary direct buffer as big as the
    // rest of the array, which makes a spinning reader of a big frame very slow; our own direct
    // buffer, read only up to the frame's end, costs one copy.
    if (bulk == null) {
      bulk = ByteBuffer.allocateDirect(BULK_BYTES);
    }
    while (frame.missing() > 0) {
      bulk.clear().limit(Math.min(bulk.capacity(), frame.missing()));
      if (readSome(bulk, -1) < 0) {
        throw end(new ProtocolException("the peer closed the connection inside a frame"));
      }
      bulk.flip();
      frame.put(bulk);
    }
    return frame.bytes();
  }

  /**
   * Takes the {@link BulkRing#OFFER} at the head of {@link #in} and maps the ring it names; false
   * on timeout, with the offer left in place.
   */
  private boolean takeOffer(long start, long timeoutNanos) throws IOException {
    if (!fill(6, start, timeoutNanos, false)) {
      return false;
    }
    int nameLength = in.getShort(in.position() + 4) & 0xffff;
    if (ring != null || nameLength > in.capacity() - 6) {
      throw end(new ProtocolException("the peer offered a second or malformed frame ring"));
    }
    if (!fill(6 + nameLength, start, timeoutNanos, false)) {
      return false;
    }
    in.position(in.position() + 6);
    byte[] name = new byte[nameLength];
    in.get(name);
    try {
      ring = BulkRing.Receiver.attach(new String(name, StandardCharsets.US_ASCII));
    } catch (ProtocolException e) {
      throw end(e);
    }
    return true;
  }

  /**
   * Takes the {@link BulkRing#IN_RING} notice at the head of {@link #in} and copies its frame out
   * of the ring; null on timeout, with the notice left in place.
   */
  private byte[] takeFromRing(long start, long timeoutNanos) throws IOException {
    if (!fill(4 + BulkRing.NOTICE_BYTES, start, timeoutNanos, false)) {
      return null;
    }
    if (ring == null) {
      throw end(new ProtocolException("the peer announced a frame in a ring it never offered"));
    }
    long position = in.getLong(in.position() + 4);
    int length = in.getInt(in.position() + 12);
    in.position(in.position() + 4 + BulkRing.NOTICE_BYTES);
    try {
      return ring.take(position, length);
    } catch (ProtocolException e) {
      throw end(e);
    }
  }

  @Override
  public boolean poll(long timeoutNanos) throws IOException {
    long start = System.nanoTime();
    readLock.lock();
    try {
      if (ended != null || in.hasRemaining()) {
        return true;
      }
      checkReadable();
      return fill(1, start, timeoutNanos, true);
    } catch (EOFException e) {
      return true;
    } finally {
      releaseRead();
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length, boolean owned) throws IOException {
    writeLock.lock();
    try {
      if (outputEnded) {
        throw new OutputEndedException();
      }
      if (closed) {
        throw new IOException(
            ended != null && !keepOpenAtEnd
                ? "the peer closed the connection or died"
                : "the connection is closed");
      }
      if (BulkRing.suits(length) && throughRing(bytes, offset, length)) {
        return;
      }
      if (out == null || (out.capacity() < OUT_BYTES && out.capacity() < 4 + length)) {
        // Grows once to the size of the biggest frame, up to OUT_BYTES: small frames keep a small
        // buffer, a big one goes out in few system calls.
        out = ByteBuffer.allocateDirect(Math.min(OUT_BYTES, Math.max(4 + length, 8 << 10)));
      }
      // The JDK would copy a heap array into a temporary direct buffer on every write, and copy
      // the whole rest again after each partial write; copying each part once into our own direct
      // buffer is the least it can cost.
      out.clear().putInt(length);
      int done = 0;
      while (true) {
        int part = Math.min(out.remaining(), length - done);
        out.put(bytes, offset + done, part);
        done += part;
        out.flip();
        writeOut(out);
        if (done == length) {
          break;
        }
        out.clear();
      }
    } catch (ClosedChannelException e) {
      throw new IOException("the connection is closed", e);
    } catch (OutputEndedException e) {
      throw e;
    } catch (IOException e) {
      if (closed) {
        throw new IOException("the connection is closed", e);
      }
      throw new IOException("the peer closed the connection or died: " + e.getMessage(), e);
    } finally {
      if (closed) {
        closeQuietly(writeSelector);
      }
      writeLock.unlock();
    }
  }

  /**
   * Sends a big frame through this link's {@link BulkRing} once the peer has mapped it: false when
   * it must go through the socket (no ring, not mapped yet, or no room now). The second big frame
   * makes the ring and offers it, and itself goes through the socket.
   */
  private boolean throughRing(byte[] bytes, int offset, int length) throws IOException {
    if (!ringPossible) {
      return false;
    }
    if (sendRing == null) {
      if (++bigFramesSent > 1) {
        offerRing(); // not for a link's only big frame: a ring is memory held until GC unmaps it
      }
      return false;
    }
    long position = sendRing.put(bytes, offset, length);
    if (position < 0) {
      return false;
    }
    ByteBuffer notice = smallOut();
    notice.putInt(BulkRing.IN_RING).putLong(position).putInt(length).flip();
    writeOut(notice);
    return true;
  }

  /** Makes this direction's ring and sends the offer; on failure the link stays on the socket. */
  private void offerRing() throws IOException {
    ringPossible = false;
    BulkRing.Sender ring;
    try {
      ring = BulkRing.Sender.create();
    } catch (RuntimeException e) {
      return; // no /dev/shm, or no room in it: only slower
    }
    byte[] name = ring.name().getBytes(StandardCharsets.US_ASCII);
    ByteBuffer offer = smallOut();
    offer.putInt(BulkRing.OFFER).putShort((short) name.length).put(name).flip();
    try {
      writeOut(offer);
    } catch (IOException e) {
      ring.close();
      throw e;
    }
    sendRing = ring;
    ringPossible = true;
  }

  /** {@link #out}, made big enough for a notice or an offer, and cleared. */
  private ByteBuffer smallOut() {
    if (out == null) {
      out = ByteBuffer.allocateDirect(8 << 10);
    }
    return out.clear();
  }

  /** Writes all of {@code buffer}, waiting while the socket's send buffer is full. */
  private void writeOut(ByteBuffer buffer) throws IOException {
    long start = System.nanoTime();
    while (buffer.hasRemaining()) {
      if (channel.write(buffer) == 0) {
        awaitWritable(start);
      } else {
        start = System.nanoTime();
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      BulkRing.Sender ring = sendRing;
      if (ring != null) {
        ring.close(); // a peer that never mapped it never will
      }
      channel.close();
      // The selectors are closed by the reader and writer when they hold their locks; one that is
      // parked wakes up because its channel's key is cancelled; make sure of it.
      Selector r = readSelector;
      if (r != null) {
        r.wakeup();
      }
      Selector w = writeSelector;
      if (w != null) {
        w.wakeup();
      }
    } finally {
      closeSelectorsQuietly();
      onClose.run();
    }
  }

  /**
   * Makes a reader that waits for a frame now return {@code null}, as on a timeout, leaving the
   * stream intact; a reader about to wait returns at once. For a reader that must look elsewhere.
   */
  void wakeReader() {
    wake = true;
    Selector r = readSelector;
    if (r != null) {
      r.wakeup();
    }
  }

  /**
   * Sends the end of the stream to the peer after the frames already written (the peer reads them,
   * then the end); later writes throw {@link OutputEndedException} and write nothing. Reading goes
   * on.
   */
  void endOutput() {
    writeLock.lock();
    try {
      outputEnded = true;
      if (!closed) {
        channel.shutdownOutput();
      }
    } catch (IOException e) {
      // the peer is gone: it reads nothing more either way
    } finally {
      writeLock.unlock();
    }
  }

  /** Whether the peer ended the stream and every byte it sent was read. */
  boolean isDrained() {
    readLock.lock();
    try {
      return ended instanceof EOFException && !in.hasRemaining();
    } finally {
      readLock.unlock();
    }
  }

  /** Thrown by a write after {@link #endOutput}: nothing was written; send it another way. */
  static final class OutputEndedException extends IOException {
    private static final long serialVersionUID = 1L;

    OutputEndedException() {
      super("this link no longer carries frames to its peer");
    }
  }

  /** Unlocks the read side; a reader that finds the link closed frees its selector. */
  private void releaseRead() {
    if (closed) {
      closeQuietly(readSelector);
    }
    readLock.unlock();
  }

  boolean isClosed() {
    return closed;
  }

  private void closeSelectorsQuietly() {
    if (readLock.tryLock()) {
      try {
        closeQuietly(readSelector);
      } finally {
        readLock.unlock();
      }
    }
    if (writeLock.tryLock()) {
      try {
        closeQuietly(writeSelector);
      } finally {
        writeLock.unlock();
      }
    }
  }

  private void checkReadable() throws IOException {
    IOException end = ended;
    if (end != null) {
      if (end instanceof EOFException) {
        throw new EOFException(end.getMessage());
      }
      throw new IOException(end.getMessage(), end);
    }
    if (closed) {
      throw new IOException("the connection is closed");
    }
  }

  /**
   * Reads until the buffer holds at least {@code needed} bytes; false on timeout. The end of the
   * stream is an {@link EOFException} when nothing of a frame was read ({@code atBoundary}), else a
   * {@link ProtocolException}; either closes the link.
   */
  private boolean fill(int needed, long start, long timeoutNanos, boolean atBoundary)
      throws IOException {
    while (in.remaining() < needed) {
      in.compact();
      int n;
      try {
        long left = timeoutNanos < 0 ? -1 : Math.max(0, timeoutNanos - (System.nanoTime() - start));
        n = readSome(in, left);
      } finally {
        in.flip();
      }
      if (n == 0) {
        return false;
      }
      if (n < 0) {
        if (atBoundary && !in.hasRemaining()) {
          throw end(new EOFException("the peer closed the connection or died"));
        }
        throw end(new ProtocolException("the peer closed the connection inside a frame"));
      }
    }
    return true;
  }

  /** Reads some bytes: their count, -1 at the end of the stream, 0 on timeout. */
  private int readSome(ByteBuffer dst, long timeoutNanos) throws IOException {
    int n = readOnce(dst);
    if (n != 0) {
      return n;
    }
    long start = System.nanoTime();
    long spin = timeoutNanos < 0 ? spinNanos : Math.min(spinNanos, timeoutNanos);
    while (System.nanoTime() - start < spin) {
      if (takeWake()) {
        return 0;
      }
      // Yield, not just spin: on a busy machine the peer we wait for may be waiting for a core,
      // and a pure spin would keep it off ours for the whole spin; on an idle one yield returns
      // at once.
      Thread.yield();
      n = readOnce(dst);
      if (n != 0) {
        return n;
      }
    }
    Selector selector = readSelector();
    while (true) {
      long left = timeoutNanos < 0 ? 0 : timeoutNanos - (System.nanoTime() - start);
      if (timeoutNanos >= 0 && left <= 0) {
        return 0;
      }
      // select(0) waits forever; round a short wait up to one millisecond.
      selector.select(timeoutNanos < 0 ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
      selector.selectedKeys().clear();
      if (closed) {
        throw new IOException("the connection is closed");
      }
      n = readOnce(dst);
      if (n != 0) {
        adaptSpin(System.nanoTime() - start);
        return n;
      }
      if (takeWake()) {
        return 0;
      }
      if (Thread.interrupted()) {
        throw new InterruptedIOException("interrupted while waiting for a message");
      }
    }
  }

  /**
   * After a wait that ended in the selector: a message that came soon after the spin gave up says
   * a longer spin would have caught it; one that took much longer says spinning only burnt a core
   * the peer could have used (a long computation, or a machine busier than its cores), so the next
   * wait parks sooner.
   */
  private void adaptSpin(long waitedNanos) {
    spinNanos =
        waitedNanos < 2 * SPIN_NANOS
            ? Math.min(SPIN_NANOS, 2 * spinNanos)
            : Math.max(MIN_SPIN_NANOS, spinNanos / 2);
  }

  private int readOnce(ByteBuffer dst) throws IOException {
    try {
      return channel.read(dst);
    } catch (ClosedChannelException e) {
      throw new IOException("the connection is closed", e);
    } catch (OutputEndedException e) {
      throw e;
    } catch (IOException e) {
      if (closed) {
        throw new IOException("the connection is closed", e);
      }
      // A reset (the peer died, or closed with our frames unread) ends the stream like a close.
      return -1;
    }
  }

  private void awaitWritable(long start) throws IOException {
    if (System.nanoTime() - start < SPIN_NANOS) {
      Thread.yield(); // as in readSome: let the reader we wait for have our core
      return;
    }
    if (writeSelector == null) {
      writeSelector = Selector.open();
      channel.register(writeSelector, SelectionKey.OP_WRITE);
    }
    writeSelector.select(100);
    writeSelector.selectedKeys().clear();
    if (closed) {
      throw new ClosedChannelException();
    }
  }

  private boolean takeWake() {
    if (wake) {
      wake = false;
      return true;
    }
    return false;
  }

  private Selector readSelector() throws IOException {
    if (readSelector == null) {
      readSelector = Selector.open();
      channel.register(readSelector, SelectionKey.OP_READ);
    }
    return readSelector;
  }

  /** Marks the stream ended with {@code cause}, closes the link, and returns the cause to throw. */
  private IOException end(IOException cause) {
    ended = cause;
    if (keepOpenAtEnd && cause instanceof EOFException) {
      return cause;
    }
    try {
      close();
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
    return cause;
  }
}
