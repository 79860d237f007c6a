package io.github.multiproc.internal.hub;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.GatheringByteChannel;
import java.nio.channels.SocketChannel;

/**
 * One connected socket (or, for a child's control link, a FIFO) that carries frames: a 4-byte
 * big-endian length, then that many payload bytes. Every read names the most it accepts, so a
 * forged length can never make us allocate more than the caller allows, and a payload's memory
 * grows with the bytes that arrive ({@link FrameBody}). Reads and writes may
 * happen on different threads, each from one thread at a time.
 */
public final class BlockingLink implements Closeable {
  /** Default hard limit for one frame: 64 MiB, overridable with {@code multiproc.maxFrameBytes}. */
  public static final int DEFAULT_MAX_FRAME_BYTES = 64 << 20;

  /** The system property that sets {@link #maxFrameBytes()}; children inherit the parent's. */
  public static final String MAX_FRAME_BYTES_PROPERTY = "multiproc.maxFrameBytes";

  private final ByteChannel channel;
  private final GatheringByteChannel gathering;
  private final ByteBuffer header = ByteBuffer.allocate(4);

  /** Frames over {@code channel}: a socket, or the parent's read end of a control FIFO. */
  public <C extends ByteChannel & GatheringByteChannel> BlockingLink(C channel) {
    this.channel = channel;
    this.gathering = channel;
  }

  /** The error for a frame header of {@code length} bytes, over the {@code maxBytes} allowed. */
  static ProtocolException tooLong(int length, int maxBytes) {
    // Only the configurable limit can be raised; the handshake's tiny limit is fixed.
    String hint =
        maxBytes == maxFrameBytes()
            ? " (raise multiproc.maxFrameBytes if this is a real message)"
            : " allowed at this step of the protocol";
    return new ProtocolException(
        "frame length "
            + Integer.toUnsignedString(length)
            + " exceeds the limit of "
            + maxBytes
            + " bytes"
            + hint);
  }

  /** The hard frame-size limit of this JVM, read once from {@code multiproc.maxFrameBytes}. */
  public static int maxFrameBytes() {
    return Limits.MAX_FRAME_BYTES;
  }

  /**
   * Reads one frame of at most {@code maxBytes} payload bytes.
   *
   * @throws EOFException if the peer closed the connection before a frame started
   * @throws ProtocolException if the length prefix is negative or above {@code maxBytes}, or the
   *     peer closed the connection inside a frame
   */
  public byte[] read(int maxBytes) throws IOException {
    header.clear();
    if (!fillHeader()) {
      throw new EOFException("connection closed");
    }
    int length = header.getInt(0);
    if (length < 0 || length > maxBytes) {
      throw tooLong(length, maxBytes);
    }
    FrameBody payload = new FrameBody(length);
    while (payload.missing() > 0) {
      if (payload.readFrom(channel) < 0) {
        throw new ProtocolException("connection closed inside a frame");
      }
    }
    return payload.bytes();
  }

  /** Writes one frame whose payload is {@code length} bytes of {@code bytes}. */
  public void write(byte[] bytes, int length) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(4).putInt(0, length);
    ByteBuffer body = ByteBuffer.wrap(bytes, 0, length);
    ByteBuffer[] both = {head, body};
    while (body.hasRemaining() || head.hasRemaining()) {
      gathering.write(both);
    }
  }

  /** Writes one frame whose payload is all of {@code bytes}. */
  public void write(byte[] bytes) throws IOException {
    write(bytes, bytes.length);
  }

  /**
   * The socket underneath, for a service that takes the connection over (a pipe end switches it to
   * non-blocking reads); after that, nobody may use this wrapper's read or write.
   */
  public SocketChannel socket() {
    if (!(channel instanceof SocketChannel)) {
      throw new IllegalStateException(
          "this link runs over a " + channel.getClass() + ", not a socket");
    }
    return (SocketChannel) channel;
  }

  public boolean isOpen() {
    return channel.isOpen();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  /** Fills the header; returns false on EOF before its first byte. */
  private boolean fillHeader() throws IOException {
    while (header.hasRemaining()) {
      if (channel.read(header) < 0) {
        if (header.position() == 0) {
          return false;
        }
        throw new ProtocolException("connection closed inside a frame");
      }
    }
    return true;
  }

  /** Holds the configured limit so it is parsed once, on first use. */
  private static final class Limits {
    static final int MAX_FRAME_BYTES =
        Settings.positiveInt(MAX_FRAME_BYTES_PROPERTY, DEFAULT_MAX_FRAME_BYTES, "bytes");
  }
}
