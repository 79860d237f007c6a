package io.github.multiproc.internal.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.internal.process.ProcessContext;
import io.github.multiproc.testing.BasicWorkersProcesses;
import io.github.multiproc.testing.ChildCleanup;
import java.io.EOFException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The hub refuses strangers and bad frames, and keeps serving children afterwards. */
@Timeout(60)
class HubTest {
  private Path socket;

  @BeforeEach
  void startHub() {
    socket = Hub.get(ProcessContext.sessionKey()).socketPath();
  }

  @AfterEach
  void killLeftovers() {
    ChildCleanup.killDescendants();
  }

  @Test
  void theSocketLivesInAPrivateDirectory() throws IOException {
    assertEquals(
        "rwx------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())));
  }

  @Test
  void aWrongKeyIsRefused() {
    byte[] wrong = ProcessContext.sessionKey().clone();
    wrong[0] ^= 1;
    ProtocolException e =
        assertThrows(
            ProtocolException.class,
            () -> HubClient.connect(socket, wrong, ConnectionKind.CHILD_CONTROL, new byte[0]));
    assertTrue(e.getMessage().contains("refused"), e::getMessage);
    assertTheHubStillServesChildren();
  }

  @Test
  void theRightKeyIsAcceptedBothWays() throws IOException {
    // an unknown kind is dropped after authentication, but the handshake itself succeeds
    try (BlockingLink channel =
        HubClient.connect(socket, ProcessContext.sessionKey(), (byte) 99, new byte[0])) {
      assertThrows(EOFException.class, () -> channel.read(16));
    }
    assertTheHubStillServesChildren();
  }

  @Test
  void randomBytesCloseOnlyThatConnection() throws IOException {
    try (SocketChannel raw = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      raw.connect(UnixDomainSocketAddress.of(socket));
      byte[] junk = new byte[4096];
      new Random(42).nextBytes(junk);
      raw.write(ByteBuffer.wrap(junk));
      assertClosedByPeer(raw);
    }
    assertTheHubStillServesChildren();
  }

  @Test
  void anOversizedLengthPrefixClosesOnlyThatConnection() throws IOException {
    try (SocketChannel raw = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      raw.connect(UnixDomainSocketAddress.of(socket));
      raw.write(ByteBuffer.allocate(4).putInt(0, Integer.MAX_VALUE));
      assertClosedByPeer(raw);
    }
    assertTheHubStillServesChildren();
  }

  @Test
  void anAuthenticatedClientCannotSendAnOversizedFrame() throws IOException {
    SocketChannel raw = SocketChannel.open(StandardProtocolFamily.UNIX);
    raw.connect(UnixDomainSocketAddress.of(socket));
    BlockingLink channel = new BlockingLink(raw);
    try (channel) {
      Handshake.connect(channel, ProcessContext.sessionKey());
      raw.write(ByteBuffer.allocate(4).putInt(0, BlockingLink.maxFrameBytes() + 1));
      assertClosedByPeer(raw);
    }
    assertTheHubStillServesChildren();
  }

  /** Reads until the hub closes the connection; fails if it keeps it open for 5 s. */
  private static void assertClosedByPeer(SocketChannel raw) throws IOException {
    raw.configureBlocking(false);
    ByteBuffer sink = ByteBuffer.allocate(256);
    long deadline = System.nanoTime() + 5_000_000_000L;
    try (Selector selector = Selector.open()) {
      raw.register(selector, SelectionKey.OP_READ);
      while (System.nanoTime() < deadline) {
        selector.select(100);
        sink.clear();
        try {
          if (raw.read(sink) < 0) {
            return;
          }
        } catch (IOException reset) {
          return;
        }
      }
    }
    fail("the hub kept a bad connection open");
  }

  private static void assertTheHubStillServesChildren() {
    ChildProcess<String> p = BasicWorkersProcesses.echo("still here");
    p.start();
    assertEquals("echo:still here", p.result());
  }
}
