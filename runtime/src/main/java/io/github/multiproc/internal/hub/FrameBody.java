package io.github.multiproc.internal.hub;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.Arrays;

/**
 * The payload of one frame, collected as its bytes arrive. Its array starts at most
 * {@value #FIRST_BYTES} bytes long and doubles whenever it is full, up to the announced length, so
 * a header that announces a big frame costs memory only for the bytes that actually came: a peer
 * that announces 64 MiB and then stalls holds at most the first array or twice what it sent, not
 * 64 MiB. The first array is as big as a typical bulk message, so that one arrives without the
 * copies of growing.
 */
public final class FrameBody {
  /** The first array's size, at most: a frame up to this size is read in one piece. */
  static final int FIRST_BYTES = 1 << 20;

  private final int length;
  private byte[] bytes;
  private int filled;

  /** A body of {@code length} bytes, none received yet. */
  public FrameBody(int length) {
    this.length = length;
    this.bytes = new byte[Math.min(length, FIRST_BYTES)];
  }

  /** How many bytes of the frame have not arrived yet. */
  public int missing() {
    return length - filled;
  }

  /** Takes as much of the frame's rest as {@code source} holds. */
  public void put(ByteBuffer source) {
    int n = Math.min(source.remaining(), missing());
    ensureRoom(n);
    source.get(bytes, filled, n);
    filled += n;
  }

  /** Reads once from {@code channel}, at most to the frame's end: the count, or -1 at its end. */
  public int readFrom(ReadableByteChannel channel) throws IOException {
    ensureRoom(1);
    int room = Math.min(bytes.length - filled, missing());
    int n = channel.read(ByteBuffer.wrap(bytes, filled, room));
    if (n > 0) {
      filled += n;
    }
    return n;
  }

  /** The whole payload, once nothing is {@link #missing()}. */
  public byte[] bytes() {
    if (filled != length) {
      throw new IllegalStateException(missing() + " bytes of the frame are missing");
    }
    return bytes;
  }

  /**
   * The capacity a buffer of {@code capacity} bytes grows to when full while {@code needed} are
   * wanted: twice as big, but no bigger than needed, so memory follows the bytes received.
   */
  public static int grownCapacity(int capacity, int needed) {
    return (int) Math.min(needed, Math.max(2L * capacity, FIRST_BYTES));
  }

  private void ensureRoom(int more) {
    if (filled + more > bytes.length && filled < length) {
      bytes = Arrays.copyOf(bytes, Math.max(filled + more, grownCapacity(bytes.length, length)));
    }
  }
}
