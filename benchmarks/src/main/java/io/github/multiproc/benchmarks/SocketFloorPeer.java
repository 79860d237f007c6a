package io.github.multiproc.benchmarks;

import java.io.EOFException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * The child JVM of the socket floors: plain {@link SocketChannel} over a Unix-domain socket, no
 * multiproc. {@code echo PATH SIZE} reads SIZE bytes and writes them back until the parent closes
 * the socket; {@code sink PATH N} reads N length-prefixed int frames, checks that they count up from
 * 0, and answers one byte.
 */
public final class SocketFloorPeer {
  private SocketFloorPeer() {}

  /** {@code echo PATH SIZE} or {@code sink PATH N}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 3 || !(args[0].equals("echo") || args[0].equals("sink"))) {
      throw new IllegalArgumentException("usage: SocketFloorPeer echo|sink SOCKET_PATH N");
    }
    Path path = Path.of(args[1]);
    int n = Integer.parseInt(args[2]);
    try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      ch.connect(UnixDomainSocketAddress.of(path));
      if (args[0].equals("echo")) {
        echo(ch, n);
      } else {
        sink(ch, n);
      }
    }
  }

  /**
   * Reads a whole message before writing it back, as a pipe's receiver does: echoing while the
   * parent still writes could fill both directions' buffers and block both sides.
   */
  private static void echo(SocketChannel ch, int size) throws IOException {
    ByteBuffer buf = ByteBuffer.allocateDirect(size);
    while (true) {
      buf.clear();
      while (buf.hasRemaining()) {
        if (ch.read(buf) < 0) {
          if (buf.position() == 0) {
            return; // the parent closed the socket between messages: done
          }
          throw new EOFException("socket closed inside a message");
        }
      }
      buf.flip();
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
    }
  }

  private static void sink(SocketChannel ch, int frames) throws IOException {
    ByteBuffer buf = ByteBuffer.allocateDirect(SocketFrames.BATCH_BYTES);
    int seen = 0;
    while (seen < frames) {
      if (ch.read(buf) < 0) {
        throw new EOFException("socket closed after " + seen + " of " + frames + " frames");
      }
      buf.flip();
      while (buf.remaining() >= Integer.BYTES) {
        int length = buf.getInt(buf.position());
        if (buf.remaining() < Integer.BYTES + length) {
          break; // the rest of this frame comes with the next read
        }
        buf.getInt();
        int value = buf.getInt();
        if (length != Integer.BYTES || value != seen) {
          throw new IllegalStateException(
              "frame " + seen + " has length " + length + " and value " + value);
        }
        seen++;
      }
      buf.compact();
    }
    ch.write(ByteBuffer.wrap(new byte[] {1}));
  }
}
