package io.github.multiproc.internal.hub;

import io.github.multiproc.wire.WireOutput;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * Reads length-prefixed frames like {@link BlockingLink}, but through a buffer, so a burst of
 * small frames (pipelined pool chunks and their results, streamed queue puts) costs one system call
 * instead of two per frame. The buffer grows with the bytes that arrive, never to an announced
 * length before its bytes came.
 */
public final class FrameReader {
  private final SocketChannel channel;
  private final int maxBytes;
  private ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);

  public FrameReader(SocketChannel channel, int maxBytes) {
    this.channel = channel;
    this.maxBytes = maxBytes;
    buffer.flip(); // empty, ready for reading
  }

  /** Whether a whole frame is already buffered, so {@link #read()} will not block. */
  public boolean hasBufferedFrame() {
    if (buffer.remaining() < 4) {
      return false;
    }
    int length = buffer.getInt(buffer.position());
    return length >= 0 && buffer.remaining() - 4 >= length;
  }

  /**
   * The next frame's payload.
   *
   * @throws EOFException if the peer closed the connection between frames
   */
  public byte[] read() throws IOException {
    if (!fill(4, true)) {
      throw new EOFException("connection closed");
    }
    int length = buffer.getInt();
    if (length < 0 || length > maxBytes) {
      throw BlockingLink.tooLong(length, maxBytes);
    }
    fill(length, false);
    byte[] payload = new byte[length];
    buffer.get(payload);
    return payload;
  }

  private boolean fill(int needed, boolean eofAllowed) throws IOException {
    if (buffer.remaining() >= needed) {
      return true;
    }
    buffer.compact();
    // buffer is now in write mode
    while (buffer.position() < needed) {
      if (!buffer.hasRemaining()) {
        // Grows as the bytes arrive, not to the announced length at once: a peer that announces
        // a big frame and stalls must not cost that much memory (see FrameBody).
        ByteBuffer bigger = ByteBuffer.allocate(FrameBody.grownCapacity(buffer.capacity(), needed));
        buffer.flip();
        bigger.put(buffer);
        buffer = bigger;
      }
      if (channel.read(buffer) < 0) {
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

  /** Writes {@code length} bytes of {@code bytes} (already framed) fully. */
  public static void writeFully(SocketChannel channel, byte[] bytes, int length)
      throws IOException {
    ByteBuffer out = ByteBuffer.wrap(bytes, 0, length);
    while (out.hasRemaining()) {
      channel.write(out);
    }
  }

  /** Starts a frame in {@code out}: a length placeholder patched by {@link #endFrame}. */
  public static int beginFrame(WireOutput out) {
    int start = out.size();
    out.writeInt(0);
    return start;
  }

  /** Patches the length of the frame begun at {@code start}. */
  public static void endFrame(WireOutput out, int start) {
    int length = out.size() - start - 4;
    byte[] array = out.array();
    array[start] = (byte) (length >>> 24);
    array[start + 1] = (byte) (length >>> 16);
    array[start + 2] = (byte) (length >>> 8);
    array[start + 3] = (byte) length;
  }
}
