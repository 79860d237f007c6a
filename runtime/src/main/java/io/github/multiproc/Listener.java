package io.github.multiproc;

import static io.github.multiproc.internal.hub.Closeables.closeQuietly;

import io.github.multiproc.internal.hub.Authkeys;
import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.internal.hub.Handshake;
import io.github.multiproc.internal.hub.HandshakeGate;
import io.github.multiproc.internal.hub.ServerAddresses;
import io.github.multiproc.internal.log.LazyLogger;
import io.github.multiproc.internal.pipe.LinkConnection;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A server socket whose clients must prove an authkey: Python's
 * {@code multiprocessing.connection.Listener}. Binds a Unix-domain socket
 * ({@link UnixDomainSocketAddress}) or a TCP one ({@link InetSocketAddress}; port 0 picks a free
 * port, {@link #address()} tells which).
 *
 * <pre>{@code
 * try (Listener listener = Listener.bind(new InetSocketAddress("127.0.0.1", 6000), authkey)) {
 *   try (Connection<String> conn = listener.accept()) {
 *     conn.send("hello");
 *   }
 * }
 * }</pre>
 *
 * <p>Every client passes a mutual HMAC-SHA256 challenge with the authkey before any message is read.
 * A background thread accepts clients and runs each challenge on its own thread, with a
 * {@value #AUTH_TIMEOUT_SECONDS}-second limit, at most 32 at a time
 * ({@code -Dmultiproc.maxPendingConnections}; more clients wait in the kernel's backlog until a
 * place is free); {@link #accept()} returns only clients that passed,
 * so a client with a wrong authkey, one that sends garbage or one that says nothing never blocks or
 * fails {@code accept()}: it is dropped (and logged) and the listener keeps serving. A Unix
 * socket's file is deleted by {@link #close()}.
 */
public final class Listener implements AutoCloseable {
  private static final LazyLogger LOG = new LazyLogger("io.github.multiproc.connection");

  /** A client must finish the challenge within this many seconds. */
  public static final int AUTH_TIMEOUT_SECONDS = 10;

  private static final Object CLOSED = new Object();

  private final ServerSocketChannel server;
  private final SocketAddress address;
  private final byte[] authkey;
  private final LinkedBlockingQueue<Object> ready = new LinkedBlockingQueue<>();
  private final Set<SocketChannel> pending = ConcurrentHashMap.newKeySet();
  private final HandshakeGate gate =
      new HandshakeGate("multiproc-listener-auth-timeout", AUTH_TIMEOUT_SECONDS);

  /** Run whenever {@link #ready} gets something: the waits of {@link Multiproc#wait} on this. */
  private final Set<Runnable> whenReady = ConcurrentHashMap.newKeySet();

  private volatile boolean closed;

  private Listener(ServerSocketChannel server, byte[] authkey) throws IOException {
    this.server = server;
    this.address = server.getLocalAddress();
    this.authkey = authkey.clone();
  }

  /**
   * Binds {@code address} ({@link UnixDomainSocketAddress} or {@link InetSocketAddress}) and
   * starts accepting clients that know {@code authkey}: Python's {@code Listener(address,
   * authkey=authkey)}. An address made from a port alone ({@code new InetSocketAddress(port)})
   * binds loopback; a host that other machines reach (the wildcard {@code "0.0.0.0"} included) is
   * logged once as a WARNING on the {@code io.github.multiproc.network} logger.
   *
   * @throws IllegalArgumentException if {@code authkey} has fewer than 16 bytes (make one with
   *     {@link Multiproc#randomAuthkey()})
   */
  public static Listener bind(SocketAddress address, byte[] authkey) throws IOException {
    Authkeys.checked(authkey);
    SocketAddress local = ServerAddresses.toBind(address);
    ServerSocketChannel server = openServer(local);
    try {
      server.bind(local);
      Listener listener = new Listener(server, authkey);
      ServerAddresses.warnIfExposed(listener.address, "a Listener");
      Thread acceptor = new Thread(listener::acceptLoop, "multiproc-listener " + listener.address);
      acceptor.setDaemon(true);
      acceptor.start();
      return listener;
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /** The bound address: Python's {@code address}. */
  public SocketAddress address() {
    return address;
  }

  /** Waits for the next authenticated client: Python's {@code accept()}. */
  public <T> Connection<T> accept() throws IOException {
    try {
      return take(ready.take());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while waiting for a client");
    }
  }

  /**
   * Waits up to {@code timeout} for the next authenticated client.
   *
   * @throws SocketTimeoutException if none came in time
   */
  public <T> Connection<T> accept(Duration timeout) throws IOException {
    try {
      Object next = ready.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
      if (next == null) {
        throw new SocketTimeoutException("no authenticated client within " + timeout);
      }
      return take(next);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while waiting for a client");
    }
  }

  /**
   * Stops listening: Python's {@code close()}. Clients not yet accepted are disconnected; the ones
   * already accepted keep their connections.
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      gate.close();
      server.close();
    } finally {
      for (SocketChannel channel : pending) {
        closeQuietly(channel);
      }
      Object next;
      while ((next = ready.poll()) != null) {
        if (next instanceof Connection) {
          ((Connection<?>) next).close();
        }
      }
      ready.add(CLOSED);
      whenReady.forEach(Runnable::run);
      if (address instanceof UnixDomainSocketAddress) {
        Files.deleteIfExists(((UnixDomainSocketAddress) address).getPath());
      }
    }
  }

  /**
   * Whether {@link #accept()} would return at once, with a client or (once closed) an error: what
   * {@link Multiproc#wait} reports.
   */
  boolean isReady() {
    return !ready.isEmpty();
  }

  /** Runs {@code action} whenever a client becomes ready or the listener closes. */
  void whenReady(Runnable action) {
    whenReady.add(action);
  }

  /** Forgets an action given to {@link #whenReady}. */
  void removeWhenReady(Runnable action) {
    whenReady.remove(action);
  }

  @Override
  public String toString() {
    return "<Listener address=" + address + (closed ? " closed" : "") + ">";
  }

  @SuppressWarnings("unchecked")
  private <T> Connection<T> take(Object next) throws IOException {
    if (next == CLOSED) {
      ready.add(CLOSED); // for any other thread waiting in accept()
      throw new IOException("the listener is closed");
    }
    return (Connection<T>) next;
  }

  private void acceptLoop() {
    while (!closed) {
      SocketChannel channel;
      try {
        gate.enter();
      } catch (InterruptedException e) {
        return;
      }
      try {
        channel = server.accept();
      } catch (ClosedChannelException e) {
        gate.leave();
        return;
      } catch (IOException e) {
        gate.leave();
        if (closed) {
          return;
        }
        LOG.get().log(Level.WARNING, "multiproc listener " + address + ": accept failed: " + e);
        continue;
      }
      if (closed) {
        // close() can return while this thread is still blocked in accept(), and the kernel may
        // hand over a client that connected after close() returned: it must not get a handshake.
        closeQuietly(channel);
        gate.leave();
        return;
      }
      pending.add(channel);
      Thread thread = new Thread(() -> authenticate(channel), "multiproc-listener-auth");
      thread.setDaemon(true);
      thread.start();
    }
  }

  private void authenticate(SocketChannel channel) {
    // A client that stalls the challenge is cut off, so it cannot pin this thread.
    HandshakeGate.Admission admission = gate.admit(channel);
    try {
      if (!(address instanceof UnixDomainSocketAddress)) {
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      }
      Handshake.serve(new BlockingLink(channel), authkey);
      admission.end();
      Connection<Object> connection = LinkConnection.overSocket(channel);
      pending.remove(channel);
      ready.add(connection);
      if (closed) {
        ready.remove(connection);
        connection.close();
      } else {
        whenReady.forEach(Runnable::run);
      }
    } catch (IOException | RuntimeException e) {
      LOG.get()
          .log(
              Level.WARNING,
              "multiproc listener "
                  + address
                  + ": dropped a client that did not authenticate: "
                  + e.getMessage());
      closeQuietly(channel);
    } finally {
      admission.end();
      pending.remove(channel);
    }
  }

  private static ServerSocketChannel openServer(SocketAddress address) throws IOException {
    if (address instanceof UnixDomainSocketAddress) {
      return ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    }
    if (address instanceof InetSocketAddress) {
      InetSocketAddress inet = (InetSocketAddress) address;
      return ServerSocketChannel.open(
          inet.getAddress() instanceof java.net.Inet6Address
              ? StandardProtocolFamily.INET6
              : StandardProtocolFamily.INET);
    }
    throw new IllegalArgumentException(
        "a Listener binds a UnixDomainSocketAddress or an" + " InetSocketAddress, not " + address);
  }
}
