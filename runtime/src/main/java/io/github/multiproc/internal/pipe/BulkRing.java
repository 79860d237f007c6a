package io.github.multiproc.internal.pipe;

import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.internal.hub.ProtocolException;
import io.github.multiproc.internal.shm.Segment;
import io.github.multiproc.internal.shm.Segments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.LongAdder;

/**
 * A ring in shared memory that carries the big frames of one direction of a {@link SocketLink}
 * between two processes of one machine, while the socket carries only a short notice per frame.
 *
 * <p>Why: a socket moves a {@code byte[]} from one heap to another with four copies (heap to
 * direct buffer, into the kernel, out of it, direct buffer to heap); through shared memory it
 * takes two, as many as the kernel alone needs for a raw socket echo.
 *
 * <p>How the two ends agree, so that a ring is only used where both ends can: the sender of a
 * second big frame (a link's only one is not worth a ring) creates a segment and sends an
 * <em>offer</em> naming it, then that frame through the socket as before. The receiver maps the
 * segment when it reads the offer, marks it attached and removes its name (the mapping outlives
 * the name). The sender puts frames in the ring only once it sees that mark, so a frame never
 * waits in a ring nobody will read; a receiver that cannot map the segment (another
 * {@code /dev/shm}, another user) leaves the link on the socket. A frame that does not fit in the
 * ring's free space also goes through the socket: the ring never blocks a sender. Frames keep
 * their order either way, since every frame's notice travels in the socket's order.
 *
 * <p>The segment's name is removed by the receiver once mapped, by the sender when it sees the
 * mark or closes the link, and at the sender's exit; a sender killed first leaves it to
 * {@code Segments.sweep}, as any segment of a dead owner.
 *
 * <p>Layout: a 64-byte header (magic, capacity, attached mark, the receiver's released position),
 * then the data. Positions count bytes since the ring's start and never wrap; a frame is stored
 * whole, so one that would cross the end starts again at the ring's beginning.
 */
final class BulkRing {
  /** A frame header's length field announcing an offer: a name follows (2-byte length, ASCII). */
  static final int OFFER = -1;

  /** A frame header's length field announcing a frame in the ring: its position and length. */
  static final int IN_RING = -2;

  /** Bytes after the header of a {@link #IN_RING} notice: an 8-byte position, a 4-byte length. */
  static final int NOTICE_BYTES = 12;

  /**
   * The ring's data bytes; {@code multiproc.bulkRingBytes} sets it, 0 keeps every frame on the
   * socket. Frames up to half of it go through it, so two can wait in it at once.
   */
  static final int CAPACITY = Integer.getInteger("multiproc.bulkRingBytes", 2 << 20);

  /**
   * Frames from this size up go through the ring; smaller ones, cheap to copy, stay in the socket
   * and need no notice.
   */
  static final int MIN_FRAME = 64 << 10;

  private static final int MAGIC = 0x6d70_7262; // "mprb"
  private static final int MAGIC_AT = 0;
  private static final int CAPACITY_AT = 4;
  private static final int ATTACHED_AT = 8;
  private static final int RELEASED_AT = 16;
  private static final int DATA_AT = 64;

  /** Frames this JVM put in rings and took out of them: what tests check the route by. */
  private static final LongAdder PUT = new LongAdder();

  private static final LongAdder TAKEN = new LongAdder();

  private BulkRing() {}

  /** How many frames this JVM has put in rings so far. */
  static long framesPut() {
    return PUT.sum();
  }

  /** How many frames this JVM has taken out of rings so far. */
  static long framesTaken() {
    return TAKEN.sum();
  }

  /** Whether a frame of {@code length} bytes may go through a ring at all. */
  static boolean suits(int length) {
    return CAPACITY > 0 && length >= MIN_FRAME && length <= CAPACITY / 2;
  }

  /** The sending end: puts frames in the ring; used under its link's write lock. */
  static final class Sender {
    private final Segment segment;
    private final ByteBuffer data;
    private boolean attached;

    /** Where the next frame goes, in bytes since the start. */
    private long written;

    private Sender(Segment segment) {
      this.segment = segment;
      this.data = segment.view();
    }

    /**
     * A new ring of {@link #CAPACITY} bytes in a fresh segment whose memory is all taken now.
     * Throws when none can be made (no shared-memory file system, or too little room in it).
     */
    static Sender create() {
      Segment segment = Segment.create(null, DATA_AT + CAPACITY);
      try {
        allocate(Segments.directory().resolve(segment.name()), segment.size());
      } catch (IOException e) {
        segment.close();
        throw new UncheckedIOException("no room for a frame ring in " + Segments.directory(), e);
      }
      segment.setIntVolatile(CAPACITY_AT, CAPACITY);
      segment.setIntVolatile(MAGIC_AT, MAGIC);
      return new Sender(segment);
    }

    /**
     * Writes zeros over the whole file, so that every page of the ring has memory behind it: a
     * full {@code /dev/shm} fails this write with an {@code IOException}, where a page first
     * touched through the mapping would fault with SIGBUS in the middle of a frame.
     */
    private static void allocate(Path file, int size) throws IOException {
      ByteBuffer zeros = ByteBuffer.allocate(64 << 10);
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
        for (long at = 0; at < size; ) {
          zeros.clear().limit((int) Math.min(zeros.capacity(), size - at));
          at += channel.write(zeros, at);
        }
      }
    }

    /** The segment's name, for the offer. */
    String name() {
      return segment.name();
    }

    /**
     * Copies a frame into the ring: its position, or -1 when the receiver has not mapped the ring
     * yet or the ring has no room for it now (send it through the socket).
     */
    long put(byte[] bytes, int offset, int length) {
      if (!attached) {
        if (segment.getIntVolatile(ATTACHED_AT) == 0) {
          return -1;
        }
        attached = true;
        segment.unlink(); // the receiver has it mapped: the name is no longer needed
      }
      long position = written;
      int index = (int) (position % CAPACITY);
      if (index + length > CAPACITY) {
        position += CAPACITY - index; // stored whole: start again at the ring's beginning
        index = 0;
      }
      if (position + length - segment.getLongVolatile(RELEASED_AT) > CAPACITY) {
        return -1;
      }
      data.put(DATA_AT + index, bytes, offset, length);
      written = position + length;
      PUT.increment();
      return position;
    }

    /** Removes the segment's name if it is still there; the memory goes with the last mapping. */
    void close() {
      segment.close();
    }
  }

  /** The receiving end: takes frames out of the ring; used under its link's read lock. */
  static final class Receiver {
    private final Segment segment;
    private final ByteBuffer data;
    private final int capacity;

    /** Where the sender's next frame may start at the earliest. */
    private long released;

    private Receiver(Segment segment, int capacity) {
      this.segment = segment;
      this.capacity = capacity;
      this.data = segment.view();
    }

    /**
     * Maps the ring an offer names, marks it attached and removes its name; null when it cannot be
     * mapped here (the sender may have closed it already, or it lives in another {@code /dev/shm}).
     * Throws on a segment that is not a ring, which only a broken or forged peer offers.
     */
    static Receiver attach(String name) throws ProtocolException {
      Segment segment;
      try {
        segment = Segment.attach(name);
      } catch (IllegalArgumentException e) {
        throw new ProtocolException("the peer offered a ring with a bad name: " + e.getMessage());
      } catch (RuntimeException e) {
        return null;
      }
      int capacity = segment.size() > DATA_AT ? segment.getIntVolatile(CAPACITY_AT) : -1;
      if (capacity <= 0
          || segment.getIntVolatile(MAGIC_AT) != MAGIC
          || capacity != segment.size() - DATA_AT) {
        throw new ProtocolException(
            "the peer offered shared segment '" + name + "', which is not a frame ring");
      }
      segment.setIntVolatile(ATTACHED_AT, 1);
      segment.unlink();
      return new Receiver(segment, capacity);
    }

    /**
     * Copies out the frame a notice announced and frees its room for the sender. Throws on a
     * notice that does not fit the ring, which only a broken or forged peer sends.
     */
    byte[] take(long position, int length) throws ProtocolException {
      int index = (int) Math.floorMod(position, (long) capacity);
      if (length < 0
          || length > BlockingLink.maxFrameBytes()
          || position < released
          || position - released >= capacity
          || index + (long) length > capacity) {
        throw new ProtocolException(
            "the peer announced a frame of "
                + length
                + " bytes at ring position "
                + position
                + ", outside the ring (next free at "
                + released
                + ", capacity "
                + capacity
                + ")");
      }
      byte[] frame = new byte[length];
      data.get(DATA_AT + index, frame, 0, length);
      released = position + length;
      segment.setLongRelease(RELEASED_AT, released);
      TAKEN.increment();
      return frame;
    }
  }
}
