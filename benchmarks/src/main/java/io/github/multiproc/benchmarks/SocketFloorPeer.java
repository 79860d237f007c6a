package io.github.multiproc.benchmarks;

import java.io.EOFException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;

/**
 * The child JVM of the socket floors: plain {@link SocketChannel} over a Unix-domain socket, no
 * multiproc. {@code echo PATH SIZE} reads SIZE bytes and writes them back until the parent closes
 * the socket; {@code spin-echo PATH SIZE} does the same on a non-blocking socket, polling instead
 * of sleeping in the kernel between messages; {@code array-echo PATH SIZE} echoes on a blocking
 * socket with each message copied into a {@code byte[]} when read and out of it when written
 * back, as an API that hands out and takes {@code byte[]} must; {@code sink PATH N} reads N
 * length-prefixed int frames, checks that they count up from 0, and answers one byte.
 */
public final class SocketFloorPeer {
  /** The mode that echoes on a blocking socket. */
  static final String ECHO = "echo";

  /** The mode that echoes on a non-blocking socket, spinning while nothing has come. */
  static final String SPIN_ECHO = "spin-echo";

  /** The mode that echoes on a blocking socket through a {@code byte[]} per message. */
  static final String ARRAY_ECHO = "array-echo";

  /** The mode that reads and checks the queue floor's frames. */
  static final String SINK = "sink";

  private SocketFloorPeer() {}

  /** {@code echo PATH SIZE}, {@code spin-echo PATH SIZE} or {@code sink PATH N}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 3 || !List.of(ECHO, SPIN_ECHO, ARRAY_ECHO, SINK).contains(args[0])) {
      throw new IllegalArgumentException(
          "usage: SocketFloorPeer echo|spin-echo|array-echo|sink SOCKET_PATH N");
    }
    Path path = Path.of(args[1]);
    int n = Integer.parseInt(args[2]);
    try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      ch.connect(UnixDomainSocketAddress.of(path));
      switch (args[0]) {
        case ECHO -> echo(ch, n, false);
        case SPIN_ECHO -> {
          ch.configureBlocking(false);
          echo(ch, n, false);
        }
        case ARRAY_ECHO -> echo(ch, n, true);
        default -> sink(ch, n);
      }
    }
  }

  /**
   * Reads a whole message before writing it back, as a pipe's receiver does: echoing while the
   * parent still writes could fill both directions' buffers and block both sides. On a
   * non-blocking socket a read or write that moves nothing is retried at once, with
   * {@link Thread#onSpinWait()}. With {@code throughArray}, each message is copied into a {@code
   * byte[]} once read and out of it again to be written.
   */
  private static void echo(SocketChannel ch, int size, boolean throughArray) throws IOException {
    ByteBuffer buf = ByteBuffer.allocateDirect(size);
    byte[] message = throughArray ? new byte[size] : null;
    while (true) {
      buf.clear();
      while (buf.hasRemaining()) {
        int read = ch.read(buf);
        if (read < 0) {
          if (buf.position() == 0) {
            return; // the parent closed the socket between messages: done
          }
          throw new EOFException("socket closed inside a message");
        }
        if (read == 0) {
          Thread.onSpinWait();
        }
      }
      buf.flip();
      if (message != null) {
        buf.get(message).clear();
        buf.put(message).flip();
      }
      while (buf.hasRemaining()) {
        if (ch.write(buf) == 0) {
          Thread.onSpinWait();
        }
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
