package io.github.multiproc.internal.manager;

import static io.github.multiproc.internal.hub.Closeables.closeQuietly;

import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.internal.hub.ConnectionKind;
import io.github.multiproc.internal.hub.Handshake;
import io.github.multiproc.internal.hub.HandshakeGate;
import io.github.multiproc.internal.hub.ProtocolException;
import io.github.multiproc.internal.log.LazyLogger;
import io.github.multiproc.internal.pipe.SocketLink;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.io.Closeable;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The manager's server (Python's {@code multiprocessing.managers.Server}): holds the objects and
 * serves each authenticated connection on its own thread; at most
 * {@link HandshakeGate#maxPending()} connections at a time are in their handshake. A connection
 * that fails the handshake, sends garbage or vanishes mid-call is closed alone; every other
 * connection keeps being served.
 */
public final class ManagerServer implements AutoCloseable {
  private static final LazyLogger LOG = new LazyLogger("io.github.multiproc.manager");

  private static final int AUTH_TIMEOUT_SECONDS = 10;

  private final ServerSocketChannel server;
  private final byte[] key;
  private final Map<Long, Served> objects = new ConcurrentHashMap<>();
  private final Map<String, Long> names = new ConcurrentHashMap<>();
  private final AtomicLong nextId = new AtomicLong(1);

  /** Every open connection: its BlockingLink during the handshake, its SocketLink after. */
  private final Set<Closeable> connections = ConcurrentHashMap.newKeySet();

  private final CountDownLatch stopped = new CountDownLatch(1);

  /** How many open connections each client session has; its locks go when it has none. */
  private final Map<String, Integer> sessions = new ConcurrentHashMap<>();

  private final CallHeartbeat heartbeat = new CallHeartbeat();
  private final HandshakeGate gate =
      new HandshakeGate("multiproc-manager-watchdog", AUTH_TIMEOUT_SECONDS);

  private ManagerServer(ServerSocketChannel server, byte[] key) {
    this.server = server;
    this.key = key.clone();
  }

  /** Binds {@code address} (a TCP or Unix-domain address) and starts accepting. */
  public static ManagerServer start(SocketAddress address, byte[] key) throws IOException {
    ServerSocketChannel server =
        address instanceof UnixDomainSocketAddress
            ? ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)
            : ServerSocketChannel.open();
    server.bind(address);
    ManagerServer manager = new ManagerServer(server, key);
    daemon(manager::acceptLoop, "multiproc-manager").start();
    return manager;
  }

  /** The bound address (with the real port when port 0 was asked for). */
  public SocketAddress address() throws IOException {
    return server.getLocalAddress();
  }

  /** Blocks until a client asks for shutdown or {@link #close()} runs. */
  public void awaitShutdown() throws InterruptedException {
    stopped.await();
  }

  @Override
  public void close() {
    closeQuietly(server);
    for (Closeable connection : connections) {
      closeQuietly(connection);
    }
    gate.close();
    heartbeat.close();
    stopped.countDown();
  }

  private void acceptLoop() {
    while (server.isOpen()) {
      SocketChannel socket;
      try {
        gate.enter();
      } catch (InterruptedException e) {
        return;
      }
      try {
        socket = server.accept();
      } catch (ClosedChannelException e) {
        gate.leave();
        return;
      } catch (IOException e) {
        gate.leave();
        LOG.get().log(Level.WARNING, "multiproc manager: accept failed: " + e);
        continue;
      }
      daemon(() -> serve(new BlockingLink(socket)), "multiproc-manager-connection").start();
    }
  }

  private void serve(BlockingLink channel) {
    connections.add(channel);
    Closeable open = channel;
    CallHeartbeat.Watch watch = null;
    HandshakeGate.Admission admission = gate.admit(channel);
    String session = null;
    try {
      Handshake.serve(channel, key);
      WireInput first = new WireInput(channel.read(256));
      admission.end();
      if (first.readByte() != ConnectionKind.MANAGER) {
        throw new ProtocolException("not a manager connection");
      }
      session = first.readString();
      sessions.merge(session, 1, Integer::sum);
      ManagerTimeouts.keepAlive(channel.socket(), ManagerTimeouts.timeoutNanos());
      WireOutput hello = new WireOutput();
      hello.writeLong(ProcessHandle.current().pid());
      channel.write(hello.toByteArray());
      // From here on the link reads: it spins a few microseconds for the next request before it
      // parks, so a client making call after call never waits for this thread to wake up.
      SocketLink link = SocketLink.over(channel.socket());
      connections.add(link);
      connections.remove(channel);
      open = link;
      if (!server.isOpen()) {
        return; // close() ran while we switched; it may have missed the link
      }
      WireOutput answer = new WireOutput(256);
      watch = heartbeat.watch(link, Thread.currentThread());
      while (true) {
        byte[] frame;
        try {
          frame = link.read(-1);
        } catch (java.io.EOFException e) {
          return; // the client closed its connection: normal
        }
        answer.reset();
        watch.begin();
        try {
          handle(new WireInput(frame), answer);
        } finally {
          watch.end();
        }
        link.write(answer.array(), 0, answer.size(), false);
      }
    } catch (IOException | RuntimeException e) {
      // One client's failure (bad key, garbage, vanished mid-call) ends its connection only.
      LOG.get().log(Level.DEBUG, "multiproc manager: closed a connection: " + e);
    } finally {
      if (watch != null) {
        watch.close();
      }
      admission.end();
      connections.remove(open);
      closeQuietly(open);
      if (session != null) {
        endConnection(session);
      }
    }
  }

  /**
   * One connection of the client {@code session} closed; when it was its last, the client is gone
   * (its process died, or it closed the manager) and the locks its threads hold are released.
   */
  private void endConnection(String session) {
    if (sessions.compute(session, (s, open) -> open == 1 ? null : open - 1) != null) {
      return;
    }
    for (Map.Entry<Long, Served> object : objects.entrySet()) {
      if (object.getValue() instanceof ServedLock lock && lock.abandonedBy(session)) {
        LOG.get()
            .log(
                Level.WARNING,
                "multiproc manager: released lock "
                    + object.getKey()
                    + ": its holder (client "
                    + session
                    + ") is gone; the next holder's wasAbandoned()"
                    + " is true");
      }
    }
  }

  /** Runs one request, leaving the answer in {@code answer}. */
  private void handle(WireInput request, WireOutput answer) {
    byte op = request.readByte();
    if (op == ManagerProtocol.SHUTDOWN) {
      answer.writeByte(ManagerProtocol.OK);
      stopped.countDown();
      return;
    }
    try {
      // The result goes straight after the status byte; a failure starts the answer again.
      answer.writeByte(ManagerProtocol.OK);
      if (op == ManagerProtocol.CREATE) {
        answer.writeLong(create(request));
      } else if (op == ManagerProtocol.CALL) {
        long id = request.readLong();
        String method = request.readString();
        Served target = objects.get(id);
        if (target == null) {
          throw new IllegalArgumentException("the manager holds no object " + id);
        }
        target.call(method, request, answer);
      } else {
        throw new IllegalArgumentException("unknown manager request " + op);
      }
    } catch (Throwable failure) {
      if (failure instanceof Error error && !(failure instanceof StackOverflowError)) {
        throw error;
      }
      answer.reset();
      answer.writeByte(ManagerProtocol.FAILED);
      answer.writeString(failure.getClass().getName());
      answer.writeString(failure.getMessage() == null ? "" : failure.getMessage());
    }
  }

  private long create(WireInput request) {
    String tag = request.readString();
    String name = request.readString();
    Object initial = Codecs.OBJECT.decode(request);
    if (name.isEmpty()) {
      return register(TypeIds.newServed(tag, initial, objects::get));
    }
    // Named objects are how remote clients meet: the first request makes it, later ones find it.
    synchronized (names) {
      Long existing = names.get(tag + "/" + name);
      if (existing != null) {
        return existing;
      }
      long id = register(TypeIds.newServed(tag, initial, objects::get));
      names.put(tag + "/" + name, id);
      return id;
    }
  }

  private long register(Served served) {
    long id = nextId.getAndIncrement();
    objects.put(id, served);
    return id;
  }

  private static Thread daemon(Runnable body, String name) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    return thread;
  }
}
