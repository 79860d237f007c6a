package io.github.multiproc.benchmarks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * The queue row's floor, the writing side: length-prefixed int frames (a 4-byte length, then the
 * int), as many as fit packed into one buffer per write, so that the socket, not the system call
 * per item, is what is measured.
 */
final class SocketFrames {
  /** Bytes per write of the sender and per read of {@link SocketFloorPeer}'s sink. */
  static final int BATCH_BYTES = 64 * 1024;

  private SocketFrames() {}

  /** Writes frames 0 .. n-1, each {@code [length 4][int i]}. */
  static void send(SocketChannel ch, int n) throws IOException {
    ByteBuffer buf = ByteBuffer.allocateDirect(BATCH_BYTES);
    for (int i = 0; i < n; i++) {
      if (buf.remaining() < 2 * Integer.BYTES) {
        drain(ch, buf);
      }
      buf.putInt(Integer.BYTES).putInt(i);
    }
    drain(ch, buf);
  }

  private static void drain(SocketChannel ch, ByteBuffer buf) throws IOException {
    buf.flip();
    while (buf.hasRemaining()) {
      ch.write(buf);
    }
    buf.clear();
  }
}
