package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;

/**
 * What a TCP server of ours ({@link Listener}, {@link Manager#serve}) promises to the network:
 * no short keys, loopback unless a host is named, a warning for an exposed host, and a bounded
 * number of threads for clients that never authenticate.
 */
@Timeout(60)
class NetworkServerTest {
  private static final byte[] KEY = Multiproc.randomAuthkey();
  private static final int FLOOD = 200;

  @Test
  void keysShorterThanSixteenBytesAreRefusedWithHowToMakeOne() {
    byte[] shortKey = new byte[15];
    SocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    List<Executable> calls =
        List.of(
            () -> Listener.bind(loopback, shortKey).close(),
            () -> Listener.bind(loopback, new byte[0]).close(),
            () -> Client.connect(loopback, shortKey),
            () -> Manager.serve(loopback, new byte[1]).close(),
            () -> Manager.connect(loopback, shortKey));
    for (Executable call : calls) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
      assertTrue(
          e.getMessage().contains("at least 16 bytes")
              && e.getMessage().contains("Multiproc.randomAuthkey()"),
          e.getMessage());
    }
    assertEquals(32, Multiproc.randomAuthkey().length);
  }

  @Test
  void anAddressWithOnlyAPortBindsLoopback() throws Exception {
    try (Listener listener = Listener.bind(new InetSocketAddress(0), KEY)) {
      InetSocketAddress bound = (InetSocketAddress) listener.address();
      assertTrue(bound.getAddress().isLoopbackAddress(), bound.toString());
      try (Connection<String> client = Client.connect(bound, KEY);
          Connection<String> server = listener.accept(Duration.ofSeconds(10))) {
        client.send("hi");
        assertEquals("hi", server.recv());
      }
    }
    try (Manager manager = Manager.serve(new InetSocketAddress(0), KEY)) {
      InetSocketAddress bound = (InetSocketAddress) manager.address();
      assertTrue(bound.getAddress().isLoopbackAddress(), bound.toString());
    }
  }

  @Test
  void bindingTheWildcardIsWarnedOnceByName() throws Exception {
    Logger logger = Logger.getLogger("io.github.multiproc.network");
    List<LogRecord> records = new CopyOnWriteArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logger.addHandler(handler);
    try {
      SocketAddress wildcard = new InetSocketAddress("0.0.0.0", 0);
      try (Listener first = Listener.bind(wildcard, KEY);
          Listener second = Listener.bind(wildcard, KEY);
          Manager third = Manager.serve(wildcard, KEY)) {
        assertTrue(((InetSocketAddress) first.address()).getAddress().isAnyLocalAddress());
        assertEquals(1, records.size(), () -> "warnings: " + records.size());
        LogRecord warning = records.get(0);
        assertEquals(java.util.logging.Level.WARNING, warning.getLevel());
        assertTrue(warning.getMessage().contains("0.0.0.0:"), warning.getMessage());
        assertTrue(warning.getMessage().contains("trusted network"), warning.getMessage());
      }
    } finally {
      logger.removeHandler(handler);
    }
  }

  @Test
  void aFloodOfSilentClientsHoldsABoundedNumberOfListenerThreads() throws Exception {
    try (Listener listener = Listener.bind(loopback(), KEY)) {
      int peak = flood(listener.address(), "multiproc-listener");
      assertTrue(peak <= 32 + 4, "listener threads during the flood: " + peak);
      try (Connection<String> client = Client.connect(listener.address(), KEY);
          Connection<String> server = listener.accept(Duration.ofSeconds(20))) {
        client.send("still serving");
        assertEquals("still serving", server.recv());
      }
    }
  }

  @Test
  void aFloodOfSilentClientsHoldsABoundedNumberOfManagerThreads() throws Exception {
    try (Manager manager = Manager.serve(loopback(), KEY)) {
      int peak = flood(manager.address(), "multiproc-manager");
      // 32 handshakes at most, plus the server's own: acceptor, watchdog, heartbeat timer, the
      // serving process's own connection, and the client side's connect timer.
      assertTrue(
          peak <= 32 + 5,
          "manager threads during the flood: " + peak + ", now " + names("multiproc-manager"));
      try (Manager client = Manager.connect(manager.address(), KEY)) {
        client.dict("d").put("still", "serving");
      }
      assertEquals("serving", manager.dict("d").get("still"));
    }
  }

  /**
   * Opens {@link #FLOOD} connections to {@code address} that never say a word, and returns the most
   * threads whose name starts with {@code prefix} seen while they are open; closes them all.
   */
  private static int flood(SocketAddress address, String prefix)
      throws IOException, InterruptedException {
    List<SocketChannel> silent = new ArrayList<>();
    int peak = 0;
    try {
      for (int i = 0; i < FLOOD; i++) {
        SocketChannel channel = SocketChannel.open();
        silent.add(channel);
        channel.configureBlocking(false); // a full backlog must not block the flood itself
        channel.connect(address);
        peak = Math.max(peak, threads(prefix));
      }
      for (int i = 0; i < 20; i++) {
        Thread.sleep(50);
        peak = Math.max(peak, threads(prefix));
      }
    } finally {
      for (SocketChannel channel : silent) {
        channel.close();
      }
    }
    return peak;
  }

  private static int threads(String prefix) {
    int count = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith(prefix)) {
        count++;
      }
    }
    return count;
  }

  private static List<String> names(String prefix) {
    List<String> names = new ArrayList<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith(prefix)) {
        names.add(thread.getName());
      }
    }
    return names;
  }

  private static InetSocketAddress loopback() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
  }
}
