package io.github.multiproc.internal.hub;

import static io.github.multiproc.internal.hub.Closeables.closeQuietly;

import io.github.multiproc.internal.exit.ExitOrder;
import io.github.multiproc.internal.log.LazyLogger;
import io.github.multiproc.wire.CorruptDataException;
import io.github.multiproc.wire.WireInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This JVM's server for its children (Python's manager/resource-sharer sockets rolled into one):
 * a Unix-domain socket in a private 0700 temp directory, started lazily once per JVM and deleted at
 * exit. Each connection gets its own daemon thread, must pass the {@link Handshake} within
 * {@link #AUTH_TIMEOUT_SECONDS} seconds (at most {@link HandshakeGate#maxPending()} at a time are
 * in their handshake), then names its {@link ConnectionKind} in its first frame.
 * A connection that breaks the protocol is closed and logged; the hub itself keeps serving.
 */
public final class Hub {
  private static final LazyLogger LOG = new LazyLogger("io.github.multiproc.hub");

  /** An unauthenticated connection is dropped after this long, so it cannot pin a thread. */
  static final int AUTH_TIMEOUT_SECONDS = 10;

  private static final Object LOCK = new Object();
  private static volatile Hub instance;

  private final byte[] key;
  private final Path directory;
  private final Path socketPath;
  private final ServerSocketChannel server;
  private final Map<Byte, HubService> services = new ConcurrentHashMap<>();
  private final HandshakeGate gate =
      new HandshakeGate("multiproc-hub-watchdog", AUTH_TIMEOUT_SECONDS);

  private Hub(byte[] key) throws IOException {
    this.key = key.clone();
    this.directory = PidDirectories.create(PidDirectories.socketBase(), "multiproc-hub-");
    this.socketPath = directory.resolve("hub");
    this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(socketPath));
  }

  /** The hub of this JVM, started on first use with {@code sessionKey}. */
  public static Hub get(byte[] sessionKey) {
    Hub hub = instance;
    if (hub != null) {
      return hub;
    }
    synchronized (LOCK) {
      if (instance == null) {
        try {
          hub = new Hub(sessionKey);
        } catch (IOException e) {
          throw new UncheckedIOException(
              "could not open the multiproc hub socket in "
                  + PidDirectories.socketBase()
                  + "; set java.io.tmpdir to a writable local directory",
              e);
        }
        hub.startAccepting();
        Runtime.getRuntime().addShutdownHook(new Thread(hub::delete, "multiproc-hub-cleanup"));
        instance = hub;
      }
      return instance;
    }
  }

  /** Routes connections whose first frame starts with {@code kind} to {@code service}. */
  public void register(byte kind, HubService service) {
    services.putIfAbsent(kind, service);
  }

  /** The socket children connect to. */
  public Path socketPath() {
    return socketPath;
  }

  private void startAccepting() {
    Thread acceptor = new Thread(this::acceptLoop, "multiproc-hub");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void acceptLoop() {
    while (server.isOpen()) {
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
        LOG.get().log(Level.WARNING, "multiproc hub: accept failed: " + e);
        continue;
      }
      Thread thread = new Thread(() -> serve(channel), "multiproc-hub-connection");
      thread.setDaemon(true);
      thread.start();
    }
  }

  private void serve(SocketChannel socket) {
    BlockingLink channel = new BlockingLink(socket);
    HandshakeGate.Admission admission = gate.admit(channel);
    boolean authenticated = false;
    try {
      Handshake.serve(channel, key);
      byte[] first = channel.read(BlockingLink.maxFrameBytes());
      admission.end();
      authenticated = true;
      WireInput opening = new WireInput(first);
      byte kind = opening.readByte();
      HubService service = services.get(kind);
      if (service == null) {
        throw new ProtocolException("unknown connection kind " + kind);
      }
      service.serve(channel, opening);
    } catch (AsynchronousCloseException e) {
      if (!authenticated) {
        LOG.get()
            .log(
                Level.WARNING,
                "multiproc hub: dropped a connection that did not authenticate"
                    + " within "
                    + AUTH_TIMEOUT_SECONDS
                    + " s");
      }
      // otherwise the owner closed it on purpose, e.g. after the child exited
    } catch (IOException | CorruptDataException e) {
      LOG.get().log(Level.WARNING, "multiproc hub: closed a connection: " + e.getMessage());
    } catch (RuntimeException e) {
      LOG.get().log(Level.WARNING, "multiproc hub: closed a connection after an internal error", e);
    } finally {
      admission.end();
      closeQuietly(channel);
    }
  }

  /** At exit, once this JVM's children are reaped ({@link ExitOrder}): they connect here. */
  private void delete() {
    ExitOrder.awaitChildren();
    try {
      server.close();
      Files.deleteIfExists(socketPath);
      Files.deleteIfExists(directory);
    } catch (IOException e) {
      // best effort at exit: the directory is private and in the temp dir
    }
  }
}
