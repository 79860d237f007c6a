package io.github.multiproc.internal.pipe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.internal.hub.ProtocolException;
import io.github.multiproc.internal.shm.ProcessIdentity;
import io.github.multiproc.internal.shm.Segment;
import io.github.multiproc.internal.shm.Segments;
import io.github.multiproc.testing.SmallDevShm;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Big frames through a {@link BulkRing} between two {@link SocketLink}s of one JVM, and what a
 * broken or forged peer's offers and notices do. Across processes: {@link PipeRouteTest}.
 */
@Timeout(60)
class BulkRingTest {
  private final ExecutorService sender = Executors.newSingleThreadExecutor();
  private final List<SocketChannel> sockets = new ArrayList<>();
  private Path directory;

  @BeforeEach
  void makeDirectory() throws IOException {
    directory = Files.createTempDirectory(Path.of("/tmp"), "ring-test");
  }

  @AfterEach
  void closeAll() throws IOException {
    sender.shutdownNow();
    for (SocketChannel socket : sockets) {
      socket.close();
    }
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.delete(file);
      }
    }
    Files.delete(directory);
  }

  @Test
  void bigFramesOfManySizesCrossTheRingWholeAndInOrder() throws Exception {
    SocketChannel[] pair = connectedPair();
    SocketLink writer = SocketLink.over(pair[0]);
    SocketLink reader = SocketLink.over(pair[1]);
    Random random = new Random(11);
    List<byte[]> frames = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      // Sizes that leave odd gaps at the ring's end, so frames start over at its beginning.
      byte[] frame =
          new byte
              [BulkRing.MIN_FRAME + random.nextInt(BulkRing.CAPACITY / 2 - BulkRing.MIN_FRAME + 1)];
      random.nextBytes(frame);
      frames.add(frame);
    }
    long putBefore = BulkRing.framesPut();
    long takenBefore = BulkRing.framesTaken();
    for (byte[] frame : frames) {
      // One at a time, as an echo does: every frame after the offer's finds the ring mapped.
      writer.write(frame, 0, frame.length, false);
      assertArrayEquals(frame, reader.read(-1));
    }
    assertEquals(
        frames.size() - 2, BulkRing.framesPut() - putBefore, "all but the first and the offer's");
    assertEquals(frames.size() - 2, BulkRing.framesTaken() - takenBefore);
    assertEquals(List.of(), ownRingNames(), "the ring's name went once the reader mapped it");
    writer.close();
    reader.close();
  }

  @Test
  void framesThatFindTheRingFullTakeTheSocketAndKeepTheirOrder() throws Exception {
    SocketChannel[] pair = connectedPair();
    SocketLink writer = SocketLink.over(pair[0]);
    SocketLink reader = SocketLink.over(pair[1]);
    int count = 12;
    int size = BulkRing.CAPACITY / 2;
    for (int i = 0; i < 2; i++) { // the first, then the offer's: the reader maps the ring
      writer.write(numbered(i, size), 0, size, false);
      assertEquals(i, firstInt(reader.read(-1)));
    }
    long putBefore = BulkRing.framesPut();
    Future<?> rest =
        sender.submit(
            () -> {
              for (int i = 2; i < count; i++) {
                writer.write(numbered(i, size), 0, size, false);
              }
              return null;
            });
    Thread.sleep(300); // nobody reads: the ring fills, then the socket's buffers
    for (int i = 2; i < count; i++) {
      assertEquals(i, firstInt(reader.read(-1)));
    }
    rest.get();
    long throughRing = BulkRing.framesPut() - putBefore;
    assertTrue(
        throughRing >= 2 && throughRing < count - 2,
        "some frames through the ring, the rest through the socket: " + throughRing);
    writer.close();
    reader.close();
  }

  @Test
  void aPeerThatNeverMapsTheRingGetsEveryFrameThroughTheSocket() throws Exception {
    SocketChannel[] pair = connectedPair();
    SocketLink writer = SocketLink.over(pair[0]);
    pair[1].configureBlocking(true);
    byte[] frame = numbered(7, BulkRing.MIN_FRAME);
    long putBefore = BulkRing.framesPut();
    Future<?> writes =
        sender.submit(
            () -> {
              for (int i = 0; i < 5; i++) {
                writer.write(frame, 0, frame.length, false);
              }
              return null;
            });
    // A peer that reads frames but skips the offer: an older reader, or one whose /dev/shm differs.
    assertEquals(frame.length, readInt(pair[1]), "a link's first big frame comes with no offer");
    assertEquals(7, readExactly(pair[1], frame.length).getInt());
    assertEquals(BulkRing.OFFER, readInt(pair[1]));
    int nameLength = readExactly(pair[1], 2).getShort() & 0xffff;
    String name = StandardCharsets.US_ASCII.decode(readExactly(pair[1], nameLength)).toString();
    for (int i = 1; i < 5; i++) {
      assertEquals(frame.length, readInt(pair[1]), "frame " + i + " came through the socket");
      assertEquals(7, readExactly(pair[1], frame.length).getInt());
    }
    writes.get();
    assertEquals(0, BulkRing.framesPut() - putBefore);
    assertEquals(List.of(name), ownRingNames(), "offered, and still waiting to be mapped");
    writer.close();
    assertEquals(List.of(), ownRingNames(), "closing the link removed the unmapped ring");
  }

  @Test
  void anOfferThatCannotBeMappedHereIsSkipped() throws Exception {
    SocketChannel[] pair = connectedPair();
    SocketLink reader = SocketLink.over(pair[1]);
    writeOffer(pair[0], "multiproc-no-such-ring-" + ProcessHandle.current().pid());
    writeFrame(pair[0], new byte[] {1, 2, 3});
    assertArrayEquals(new byte[] {1, 2, 3}, reader.read(-1));
  }

  @Test
  void aNoticeWithoutAnOfferClosesTheLink() throws Exception {
    SocketChannel[] pair = connectedPair();
    SocketLink reader = SocketLink.over(pair[1]);
    writeAll(pair[0], ByteBuffer.allocate(16).putInt(BulkRing.IN_RING).putLong(0).putInt(100));
    ProtocolException e = assertThrows(ProtocolException.class, () -> reader.read(-1));
    assertTrue(e.getMessage().contains("never offered"), e.getMessage());
    assertTrue(reader.isClosed());
  }

  @Test
  void anOfferWithABadNameClosesTheLink() throws Exception {
    SocketChannel[] pair = connectedPair();
    SocketLink reader = SocketLink.over(pair[1]);
    writeOffer(pair[0], "../etc/passwd");
    ProtocolException e = assertThrows(ProtocolException.class, () -> reader.read(-1));
    assertTrue(e.getMessage().contains("bad name"), e.getMessage());
    assertTrue(reader.isClosed());
  }

  @Test
  void anOfferOfASegmentThatIsNoRingClosesTheLinkAndLeavesTheSegmentAlone() throws Exception {
    Segment other = Segment.create(null, 1 << 16);
    try {
      for (int i = 0; i < other.size(); i++) {
        other.setByte(i, (byte) 0x55);
      }
      SocketChannel[] pair = connectedPair();
      SocketLink reader = SocketLink.over(pair[1]);
      writeOffer(pair[0], other.name());
      ProtocolException e = assertThrows(ProtocolException.class, () -> reader.read(-1));
      assertTrue(e.getMessage().contains("not a frame ring"), e.getMessage());
      for (int i = 0; i < 64; i++) {
        assertEquals((byte) 0x55, other.getByte(i), "byte " + i + " of the segment");
      }
    } finally {
      other.close();
    }
  }

  @Test
  void aNoticeOutsideTheRingClosesTheLink() throws Exception {
    BulkRing.Sender ring = BulkRing.Sender.create();
    try {
      SocketChannel[] pair = connectedPair();
      SocketLink reader = SocketLink.over(pair[1]);
      writeOffer(pair[0], ring.name());
      writeAll(
          pair[0],
          ByteBuffer.allocate(16)
              .putInt(BulkRing.IN_RING)
              .putLong(BulkRing.CAPACITY - 10)
              .putInt(BulkRing.MIN_FRAME));
      ProtocolException e = assertThrows(ProtocolException.class, () -> reader.read(-1));
      assertTrue(e.getMessage().contains("outside the ring"), e.getMessage());
    } finally {
      ring.close();
    }
  }

  @Test
  void withNoRoomInDevShmForARingFramesStayOnTheSocket() throws Exception {
    String output = SmallDevShm.run(RingRoomProbe.class);
    assertEquals("5 0", output, "every frame whole, none through a ring");
  }

  private SocketChannel[] connectedPair() throws IOException {
    UnixDomainSocketAddress address =
        UnixDomainSocketAddress.of(directory.resolve("s" + sockets.size()));
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(address);
      SocketChannel a = SocketChannel.open(address);
      SocketChannel b = server.accept();
      sockets.add(a);
      sockets.add(b);
      return new SocketChannel[] {a, b};
    }
  }

  /** The names in /dev/shm of segments this JVM made and has not removed. */
  private static List<String> ownRingNames() throws IOException {
    String prefix = Segments.PREFIX + ProcessIdentity.SELF.token() + "-";
    try (Stream<Path> names = Files.list(Segments.directory())) {
      return names.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).toList();
    }
  }

  private static byte[] numbered(int number, int size) {
    byte[] frame = new byte[size];
    ByteBuffer.wrap(frame).putInt(number);
    return frame;
  }

  private static int firstInt(byte[] frame) {
    return ByteBuffer.wrap(frame).getInt();
  }

  private static void writeOffer(SocketChannel channel, String name) throws IOException {
    byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
    writeAll(
        channel,
        ByteBuffer.allocate(6 + bytes.length)
            .putInt(BulkRing.OFFER)
            .putShort((short) bytes.length)
            .put(bytes));
  }

  private static void writeFrame(SocketChannel channel, byte[] body) throws IOException {
    writeAll(channel, ByteBuffer.allocate(4 + body.length).putInt(body.length).put(body));
  }

  private static void writeAll(SocketChannel channel, ByteBuffer buffer) throws IOException {
    buffer.flip();
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  private static int readInt(SocketChannel channel) throws IOException {
    return readExactly(channel, 4).getInt();
  }

  private static ByteBuffer readExactly(SocketChannel channel, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer) < 0) {
        throw new IOException("the link closed the socket");
      }
    }
    return buffer.flip();
  }
}
