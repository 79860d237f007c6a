package io.github.multiproc.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every floor once, with tiny n, across real child JVMs. No speed is asserted. */
class FloorSideTest {
  @AfterEach
  void noChildNorFileLeft() throws Exception {
    assertEquals(List.of(), leftovers());
  }

  /** Live children of this JVM, and floor files it left in /dev/shm or the temp directory. */
  private static List<String> leftovers() throws IOException {
    List<String> out = new ArrayList<>();
    ProcessHandle.current()
        .children()
        .filter(ProcessHandle::isAlive)
        .forEach(p -> out.add("child " + p.info().commandLine().orElse("pid " + p.pid())));
    for (Path dir : List.of(Path.of("/dev/shm"), Path.of(System.getProperty("java.io.tmpdir")))) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          files
              .filter(f -> f.getFileName().toString().startsWith("multiproc-floor-"))
              .filter(f -> isMine(f))
              .forEach(f -> out.add("file " + f));
        }
      }
    }
    return out;
  }

  /** Whether this test run made {@code f}: younger than this JVM (other runs may share /tmp). */
  private static boolean isMine(Path f) {
    try {
      long started = ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli();
      return Files.getLastModifiedTime(f).toMillis() >= started;
    } catch (IOException e) {
      return false; // gone meanwhile
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void everyFloorIsMeasuredOnce() throws Exception {
    FloorSide side = new FloorSide(Sizes.TINY);
    for (Floor floor : Floor.values()) {
      double v = side.measure(floor);
      System.out.println("tiny floor (not a benchmark): " + floor.key() + " = " + v);
      if (floor == Floor.IDLE_JVM_RSS && !System.getProperty("os.name").startsWith("Linux")) {
        assertTrue(Double.isNaN(v), floor.key());
      } else {
        assertTrue(v > 0 && Double.isFinite(v), floor.key() + " = " + v);
      }
    }
  }

  /**
   * The spinning echo of the round-trip floor gives back each message whole, on a non-blocking
   * socket, and ends when the other end closes.
   */
  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void theSpinningEchoReturnsEachMessageAndEndsAtTheClose() throws Exception {
    Path dir = Files.createTempDirectory("multiproc-floor-");
    Path socket = dir.resolve("s");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));
      AtomicReference<Throwable> failure = new AtomicReference<>();
      Thread peer =
          new Thread(
              () -> {
                try {
                  SocketFloorPeer.main(
                      new String[] {SocketFloorPeer.SPIN_ECHO, socket.toString(), "8"});
                } catch (Throwable e) {
                  failure.set(e);
                }
              });
      peer.start();
      try (SocketChannel ch = server.accept()) {
        ByteBuffer buf = ByteBuffer.allocate(8);
        for (long i = 0; i < 100; i++) {
          buf.clear();
          buf.putLong(0, i * 31);
          while (buf.hasRemaining()) {
            ch.write(buf);
          }
          buf.clear();
          while (buf.hasRemaining()) {
            assertTrue(ch.read(buf) >= 0, "the echo closed early");
          }
          assertEquals(i * 31, buf.getLong(0));
        }
      }
      peer.join(10_000);
      assertFalse(peer.isAlive(), "the echo did not end when its socket closed");
      assertNull(failure.get());
    } finally {
      Files.deleteIfExists(socket);
      Files.deleteIfExists(dir);
    }
  }
}
