package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.internal.hub.Handshake;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Listener and Client over a Unix socket and TCP loopback, with good and bad clients. */
@Timeout(30)
class ListenerTest {
  private static final byte[] KEY = "a secret key of 16+ bytes".getBytes(StandardCharsets.UTF_8);

  private Path directory;

  @BeforeEach
  void makeDirectory() throws IOException {
    directory = Files.createTempDirectory(Path.of("/tmp"), "listener-test");
  }

  @AfterEach
  void removeDirectory() throws IOException {
    try (var files = Files.list(directory)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.delete(file);
      }
    }
    Files.delete(directory);
  }

  @Test
  void unixSocketClientAndServerTalkAndTheSocketFileGoes() throws Exception {
    Path socket = directory.resolve("l.sock");
    try (Listener listener = Listener.bind(UnixDomainSocketAddress.of(socket), KEY)) {
      assertEquals(UnixDomainSocketAddress.of(socket), listener.address());
      talk(listener);
    }
    assertFalse(Files.exists(socket), "close() deletes the socket file");
  }

  @Test
  void tcpLoopbackOnPortZeroTellsItsPort() throws Exception {
    try (Listener listener =
        Listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), KEY)) {
      int port = ((InetSocketAddress) listener.address()).getPort();
      assertTrue(port > 0);
      talk(listener);
    }
  }

  @Test
  void aWrongKeyIsRefusedAndTheListenerKeepsServing() throws Exception {
    try (Listener listener = Listener.bind(tcpLoopback(), KEY)) {
      byte[] wrong = "not the key, though as long".getBytes(StandardCharsets.UTF_8);
      assertThrows(AuthenticationException.class, () -> Client.connect(listener.address(), wrong));
      talk(listener);
      assertThrows(
          SocketTimeoutException.class,
          () -> listener.accept(Duration.ofMillis(300)),
          "the refused client is never returned by accept()");
    }
  }

  @Test
  void aListenerWithAnotherKeyIsRefusedByTheClient() throws Exception {
    // The client also checks the server: a listener that does not know the key fails the client.
    try (Listener listener =
        Listener.bind(tcpLoopback(), "another key of 16+ bytes".getBytes(StandardCharsets.UTF_8))) {
      assertThrows(AuthenticationException.class, () -> Client.connect(listener.address(), KEY));
    }
  }

  @Test
  void garbageFromRawSocketsDoesNotStopTheListener() throws Exception {
    Path socket = directory.resolve("g.sock");
    for (SocketAddress address : List.of(tcpLoopback(), UnixDomainSocketAddress.of(socket))) {
      try (Listener listener = Listener.bind(address, KEY);
          SocketChannel random = raw(listener.address());
          SocketChannel hugeLength = raw(listener.address());
          SocketChannel silent = raw(listener.address())) {
        byte[] noise = new byte[300];
        new Random(3).nextBytes(noise);
        random.write(ByteBuffer.wrap(noise));
        hugeLength.write(ByteBuffer.allocate(8).putInt(0, Integer.MAX_VALUE));
        // silent sends nothing: its challenge waits on its own thread, not in accept().
        talk(listener);
        assertThrows(SocketTimeoutException.class, () -> listener.accept(Duration.ofMillis(300)));
        assertEquals(
            -1,
            random.read(ByteBuffer.allocate(1024).position(1024 - 0)) < 0 ? -1 : readToEnd(random),
            "the listener dropped the client that sent noise");
        assertEquals(-1, readToEnd(hugeLength), "and the one that sent a garbage length");
      }
    }
  }

  @Test
  void anOversizedFrameFromAnAuthenticatedPeerClosesThatConnection() throws Exception {
    try (Listener listener = Listener.bind(tcpLoopback(), KEY);
        SocketChannel forged = raw(listener.address())) {
      Handshake.connect(new BlockingLink(forged), KEY);
      forged.write(ByteBuffer.allocate(4).putInt(0, BlockingLink.maxFrameBytes() + 1));
      try (Connection<Object> conn = listener.accept(Duration.ofSeconds(10))) {
        IOException error = assertThrows(IOException.class, conn::recv);
        assertTrue(error.getMessage().contains("over the limit"), error.getMessage());
        assertThrows(IOException.class, conn::recv, "the connection stays closed");
        assertEquals(-1, readToEnd(forged), "the forged peer was disconnected");
      }
      talk(listener);
    }
  }

  @Test
  void acceptAfterCloseFails() throws Exception {
    Listener listener = Listener.bind(tcpLoopback(), KEY);
    listener.close();
    assertThrows(IOException.class, listener::accept);
    assertThrows(IOException.class, () -> Client.connect(listener.address(), KEY));
  }

  /** One good client: both directions, bytes too, then the end of the stream on close. */
  private static void talk(Listener listener) throws Exception {
    try (Connection<Object> client = Client.connect(listener.address(), KEY);
        Connection<Object> server = listener.accept(Duration.ofSeconds(10))) {
      client.send(List.of("hello", 42));
      assertEquals(List.of("hello", 42), server.recv());
      server.sendBytes(new byte[] {1, 2, 3});
      assertEquals(3, client.recvBytes().length);
      client.close();
      assertThrows(java.io.EOFException.class, server::recv);
    }
  }

  private static InetSocketAddress tcpLoopback() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
  }

  private static SocketChannel raw(SocketAddress address) throws IOException {
    SocketChannel channel =
        SocketChannel.open(
            address instanceof UnixDomainSocketAddress
                ? StandardProtocolFamily.UNIX
                : StandardProtocolFamily.INET);
    channel.connect(address);
    return channel;
  }

  /** Reads until the peer closes (-1) or resets (also -1); the listener's nonce comes first. */
  private static int readToEnd(SocketChannel channel) {
    ByteBuffer buffer = ByteBuffer.allocate(1024);
    try {
      while (true) {
        buffer.clear();
        if (channel.read(buffer) < 0) {
          return -1;
        }
      }
    } catch (IOException reset) {
      return -1;
    }
  }
}
