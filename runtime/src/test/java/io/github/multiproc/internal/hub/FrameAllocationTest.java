package io.github.multiproc.internal.hub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.internal.pipe.SocketLink;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A frame header announcing a big frame costs the reader memory only for the bytes that came, in
 * every frame reader: {@link BlockingLink} (hub, handshakes, queues), {@link FrameReader} (pools,
 * queue sessions) and {@link SocketLink} (pipes, Listener connections, managers).
 */
@Timeout(60)
class FrameAllocationTest {
  private static final int ANNOUNCED = 64 << 20;
  private static final int SENT = 300 << 10;

  /** Far below the announced 64 MiB, above what the bytes sent (doubled) and the reader cost. */
  private static final long MOST_ALLOCATED = 8 << 20;

  private Path directory;
  private SocketChannel reader;
  private SocketChannel writer;
  private Thread sender;

  @BeforeEach
  void connect() throws IOException {
    directory = Files.createTempDirectory(Path.of("/tmp"), "frame-test");
    UnixDomainSocketAddress address = UnixDomainSocketAddress.of(directory.resolve("s"));
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(address);
      writer = SocketChannel.open(address);
      reader = server.accept();
    }
  }

  @AfterEach
  void close() throws IOException, InterruptedException {
    reader.close();
    if (sender != null) {
      sender.join();
    }
    writer.close();
    Files.deleteIfExists(directory.resolve("s"));
    Files.delete(directory);
  }

  @Test
  void framedChannelGrowsWithTheBytesThatCame() throws Exception {
    sendHeaderAndPartOfTheBody();
    BlockingLink channel = new BlockingLink(reader);
    assertAllocatesLittle(() -> channel.read(BlockingLink.maxFrameBytes()));
  }

  @Test
  void frameReaderGrowsWithTheBytesThatCame() throws Exception {
    sendHeaderAndPartOfTheBody();
    FrameReader frames = new FrameReader(reader, BlockingLink.maxFrameBytes());
    assertAllocatesLittle(frames::read);
  }

  @Test
  void socketLinkGrowsWithTheBytesThatCame() throws Exception {
    sendHeaderAndPartOfTheBody();
    SocketLink link = SocketLink.over(reader);
    assertAllocatesLittle(() -> link.read(-1));
  }

  @Test
  void bigFramesStillArriveWhole() throws Exception {
    byte[] body = new byte[5 << 20];
    new Random(7).nextBytes(body);
    sender =
        new Thread(
            () -> {
              try {
                for (int i = 0; i < 3; i++) {
                  new BlockingLink(writer).write(body);
                }
              } catch (IOException e) {
                throw new RuntimeException(e);
              }
            });
    sender.start();
    assertArrayEquals(body, new BlockingLink(reader).read(BlockingLink.maxFrameBytes()));
    assertArrayEquals(body, new FrameReader(reader, BlockingLink.maxFrameBytes()).read());
    assertArrayEquals(body, SocketLink.over(reader).read(-1));
    sender.join();
  }

  /**
   * Sends, from another thread (it is more than a socket buffer holds), a header that announces
   * 64 MiB, some of the body, then the end of the stream.
   */
  private void sendHeaderAndPartOfTheBody() {
    sender =
        new Thread(
            () -> {
              ByteBuffer head = ByteBuffer.allocate(4 + SENT).putInt(ANNOUNCED);
              head.clear();
              try {
                while (head.hasRemaining()) {
                  writer.write(head);
                }
                writer.shutdownOutput();
              } catch (IOException e) {
                // the reader gave up: its assertion says why
              }
            },
            "frame-test-sender");
    sender.start();
  }

  private interface FrameRead {
    byte[] read() throws IOException;
  }

  private static void assertAllocatesLittle(FrameRead read) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(id);
    IOException e = assertThrows(IOException.class, read::read);
    long allocated = threads.getThreadAllocatedBytes(id) - before;
    assertTrue(e.getMessage().contains("inside a frame"), e.getMessage());
    assertTrue(
        allocated < MOST_ALLOCATED,
        "reading a header announcing "
            + ANNOUNCED
            + " bytes and "
            + SENT
            + " bytes of body"
            + " allocated "
            + allocated
            + " bytes");
  }
}
