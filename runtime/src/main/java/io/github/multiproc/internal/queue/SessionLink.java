package io.github.multiproc.internal.queue;

import io.github.multiproc.internal.hub.FrameReader;
import io.github.multiproc.internal.hub.ProtocolException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * The owner's end of one queue connection after the opening: the frames of {@code BlockingLink}
 * (a 4-byte big-endian length, then the payload), but requests are read through a
 * {@link FrameReader}, so a burst of streamed puts costs one system call for many frames instead
 * of two per frame.
 */
final class SessionLink {
  private final SocketChannel socket;
  private final FrameReader reader;
  private final ByteBuffer header = ByteBuffer.allocate(4);

  SessionLink(SocketChannel socket, int maxBytes) {
    this.socket = socket;
    this.reader = new FrameReader(socket, maxBytes);
  }

  /**
   * The next request's payload.
   *
   * @throws EOFException if the client closed the connection between frames
   * @throws ProtocolException if a length is negative or above the limit, or the connection
   *     closed inside a frame
   */
  byte[] read() throws IOException {
    return reader.read();
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
}
