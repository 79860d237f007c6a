package io.github.multiproc.internal.queue;

import io.github.multiproc.internal.hub.ProtocolException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * The owner's end of one queue connection after the opening: the frames of {@code FramedChannel}
 * (a 4-byte big-endian length, then the payload), but requests are read through one buffer, so a
 * burst of streamed puts costs one system call for many frames instead of two per frame.
 */
final class SessionChannel {
  private final SocketChannel socket;
  private final int maxBytes;
  private final ByteBuffer header = ByteBuffer.allocate(4);
  private ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);

  SessionChannel(SocketChannel socket, int maxBytes) {
    this.socket = socket;
    this.maxBytes = maxBytes;
    buffer.flip(); // empty, ready for reading
  }

  /**
   * The next request's payload.
   *
   * @throws EOFException if the client closed the connection between frames
   * @throws ProtocolException if a length is negative or above the limit, or the connection
   *     closed inside a frame
   */
  byte[] read() throws IOException {
    if (!fill(4, true)) {
      throw new EOFException("connection closed");
    }
    int length = buffer.getInt();
    if (length < 0 || length > maxBytes) {
      throw new ProtocolException("frame length " + Integer.toUnsignedString(length)
          + " exceeds the limit of " + maxBytes + " bytes (raise multiproc.maxFrameBytes if this"
          + " is a real message)");
    }
    fill(length, false);
    byte[] payload = new byte[length];
    buffer.get(payload);
    return payload;
  }

  /** Writes one frame whose payload is {@code length} bytes of {@code bytes}. */
  void write(byte[] bytes, int length) throws IOException {
    header.clear();
    header.putInt(0, length);
    ByteBuffer[] both = {header, ByteBuffer.wrap(bytes, 0, length)};
    while (both[0].hasRemaining() || both[1].hasRemaining()) {
      socket.write(both);
    }
  }

  /** Makes {@code needed} bytes readable; false on EOF before any byte when {@code eofAllowed}. */
  private boolean fill(int needed, boolean eofAllowed) throws IOException {
    if (buffer.remaining() >= needed) {
      return true;
    }
    if (buffer.capacity() < needed) {
      ByteBuffer bigger = ByteBuffer.allocate(needed);
      bigger.put(buffer);
      buffer = bigger;
    } else {
      buffer.compact();
    }
    // now in write mode
    while (buffer.position() < needed) {
      if (socket.read(buffer) < 0) {
        boolean clean = eofAllowed && buffer.position() == 0;
        buffer.flip();
        if (clean) {
          return false;
        }
        throw new ProtocolException("connection closed inside a frame");
      }
    }
    buffer.flip();
    return true;
  }
}
