package io.github.multiproc.internal.manager;

import static io.github.multiproc.internal.hub.Closeables.closeQuietly;
import static java.util.concurrent.TimeUnit.NANOSECONDS;

import io.github.multiproc.AuthenticationException;
import io.github.multiproc.RemoteException;
import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.internal.hub.ConnectionKind;
import io.github.multiproc.internal.hub.Handshake;
import io.github.multiproc.internal.hub.ProtocolException;
import io.github.multiproc.internal.pipe.SocketLink;
import io.github.multiproc.internal.process.ProcessContext;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One manager server as seen from this process: its address, key and a pool of idle connections.
 * A call borrows a connection, so calls from many threads run side by side and a blocking call
 * (a queue take, a lock) holds only its own connection. The manager's death shows up as EOF or a
 * refused connect on the very next read or connect, so no call waits on a dead socket; a manager
 * that goes silent (no answer nor heartbeat, see {@link CallHeartbeat}) fails the call after
 * {@link ManagerTimeouts#timeoutNanos()}, as does a connect or handshake that takes that long.
 */
public final class Endpoint {
  private static final Map<String, Endpoint> ENDPOINTS = new ConcurrentHashMap<>();

  private final SocketAddress address;
  private final byte[] key;
  private final boolean sessionKey;
  private volatile long pid;
  private final ConcurrentLinkedDeque<SocketLink> idle = new ConcurrentLinkedDeque<>();
  private final long timeoutNanos = ManagerTimeouts.timeoutNanos();

  private Endpoint(SocketAddress address, byte[] key, boolean sessionKey, long pid) {
    this.address = address;
    this.key = key.clone();
    this.sessionKey = sessionKey;
    this.pid = pid;
  }

  /** The shared endpoint of a manager at {@code address}, keyed with {@code key}. */
  public static Endpoint of(SocketAddress address, byte[] key, long knownPid) {
    boolean session = Arrays.equals(key, ProcessContext.sessionKey());
    String id = describe(address) + "#" + Arrays.hashCode(key);
    Endpoint endpoint =
        ENDPOINTS.computeIfAbsent(id, k -> new Endpoint(address, key, session, knownPid));
    if (endpoint.pid <= 0) {
      endpoint.pid = knownPid;
    }
    return endpoint;
  }

  public SocketAddress address() {
    return address;
  }

  /** The manager's pid, or 0 before the first connection. */
  public long pid() {
    return pid;
  }

  /** Connects once so a wrong key or address fails now, not on first use. */
  public void verify() throws AuthenticationException {
    try {
      idle.push(open());
    } catch (ProtocolException e) {
      throw new AuthenticationException(
          "the manager at " + describe(address) + " refused the authkey: " + e.getMessage(), e);
    } catch (IOException e) {
      throw gone(e);
    }
  }

  /** Writes the address and key a process needs to reach this manager. */
  void writeTo(WireOutput out) {
    if (address instanceof UnixDomainSocketAddress unix) {
      out.writeByte(0);
      out.writeString(unix.getPath().toString());
    } else {
      InetSocketAddress inet = (InetSocketAddress) address;
      out.writeByte(1);
      out.writeString(inet.getHostString());
      out.writeInt(inet.getPort());
    }
    // The tree's session key never travels; another key (a remote manager's authkey) has to,
    // or a worker handed the proxy could not reach the manager (Python passes its authkey too).
    out.writeBoolean(sessionKey);
    if (!sessionKey) {
      out.writeSize(key.length);
      out.writeBytes(key);
    }
    out.writeLong(pid);
  }

  /** Reads what {@link #writeTo} wrote after its first byte, the address {@code kind}. */
  static Endpoint readFrom(int kind, WireInput in) {
    SocketAddress address;
    if (kind == 0) {
      address = UnixDomainSocketAddress.of(in.readString());
    } else if (kind == 1) {
      String host = in.readString();
      // Unresolved: a peer's bytes must not make this process look a name up while it decodes;
      // open() resolves it when a call first needs the connection.
      address = InetSocketAddress.createUnresolved(host, in.readInt());
    } else {
      throw new io.github.multiproc.wire.CorruptDataException(
          "unknown manager address kind " + kind);
    }
    byte[] key;
    if (in.readBoolean()) {
      key = ProcessContext.sessionKey();
    } else {
      key = in.readBytes(in.readCount(1));
    }
    return of(address, key, in.readLong());
  }

  /** Sends one request and returns the result part of the answer. */
  WireInput request(byte[] frame) {
    return request(frame, frame.length);
  }

  /**
   * Sends the first {@code length} bytes of {@code frame} as one request and returns the result
   * part of the answer. The connection waits for the answer spinning a few microseconds before it
   * parks (see {@link SocketLink}): a quick call then costs no sleep and wake-up on either side.
   */
  WireInput request(byte[] frame, int length) {
    SocketLink link = null;
    try {
      link = idle.poll();
      if (link == null) {
        link = open();
      }
      link.write(frame, 0, length, false);
      WireInput answer = new WireInput(readAnswer(link));
      idle.push(link);
      link = null;
      if (answer.readByte() == ManagerProtocol.OK) {
        return answer;
      }
      throw failure(answer.readString(), answer.readString());
    } catch (IOException e) {
      closeQuietly(link);
      // The others share this connection's fate: drop them so no caller reuses a dead socket.
      for (SocketLink other; (other = idle.poll()) != null; ) {
        closeQuietly(other);
      }
      throw gone(e);
    }
  }

  /**
   * The answer to the request just sent on {@code link}, skipping the server's heartbeats.
   *
   * @throws IOException if the server sent nothing, not even a heartbeat, within the timeout
   */
  private byte[] readAnswer(SocketLink link) throws IOException {
    while (true) {
      byte[] frame = link.read(timeoutNanos);
      if (frame == null) {
        throw silent(null);
      }
      if (frame.length != 1 || frame[0] != ManagerProtocol.HEARTBEAT) {
        return frame;
      }
    }
  }

  /** The failure of a call the server left unanswered (nor heartbeat) for the whole timeout. */
  private SilentManagerException silent(IOException cause) {
    return new SilentManagerException(
        "the manager at "
            + describe(address)
            + " (pid "
            + (pid > 0 ? pid : "unknown")
            + ") sent nothing for "
            + TimeUnit.NANOSECONDS.toMillis(timeoutNanos)
            + " ms: its machine or the network to it"
            + " may be down (the wait is set by -Dmultiproc.managerTimeoutMillis)",
        cause);
  }

  /** Closes the idle connections (a client's {@code Manager.close()}). */
  void closeIdle() {
    for (SocketLink other; (other = idle.poll()) != null; ) {
      closeQuietly(other);
    }
  }

  private SocketLink open() throws IOException {
    SocketAddress target =
        address instanceof InetSocketAddress inet && inet.isUnresolved()
            ? new InetSocketAddress(inet.getHostString(), inet.getPort())
            : address;
    SocketChannel socket =
        SocketChannel.open(
            target instanceof UnixDomainSocketAddress
                ? StandardProtocolFamily.UNIX
                : ((InetSocketAddress) target).getAddress() instanceof java.net.Inet6Address
                    ? StandardProtocolFamily.INET6
                    : StandardProtocolFamily.INET);
    BlockingLink channel = new BlockingLink(socket);
    // A server that accepts and then says nothing must not hang the connect: cut it off.
    ScheduledFuture<?> deadline =
        ConnectDeadlines.TIMER.schedule(() -> closeQuietly(socket), timeoutNanos, NANOSECONDS);
    try {
      socket.connect(target);
      Handshake.connect(channel, key);
      WireOutput opening = new WireOutput();
      opening.writeByte(ConnectionKind.MANAGER);
      opening.writeString(ClientSession.ID);
      channel.write(opening.toByteArray());
      pid = new WireInput(channel.read(64)).readLong();
      ManagerTimeouts.keepAlive(socket, timeoutNanos);
      return SocketLink.over(socket);
    } catch (AsynchronousCloseException e) {
      channel.close();
      throw silent(e);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    } finally {
      deadline.cancel(false);
    }
  }

  private IllegalStateException gone(Exception cause) {
    if (cause instanceof SilentManagerException) {
      return new IllegalStateException(cause.getMessage(), cause);
    }
    return new IllegalStateException(
        "the manager (pid "
            + (pid > 0 ? pid : "unknown")
            + ", address "
            + describe(address)
            + ") is gone: "
            + cause,
        cause);
  }

  /** Rebuilds a failure the manager reported, as the same JDK type when it is a common one. */
  private static RuntimeException failure(String className, String message) {
    String text = message.isEmpty() ? null : message;
    switch (className) {
      case "java.lang.IndexOutOfBoundsException":
      case "java.lang.ArrayIndexOutOfBoundsException":
        return new IndexOutOfBoundsException(text);
      case "java.util.NoSuchElementException":
        return new NoSuchElementException(text);
      case "java.lang.IllegalArgumentException":
        return new IllegalArgumentException(text);
      case "java.lang.IllegalMonitorStateException":
        return new IllegalMonitorStateException(text);
      case "java.lang.UnsupportedOperationException":
        return new UnsupportedOperationException(text);
      case "java.lang.IllegalStateException":
        return new IllegalStateException(text);
      case "java.lang.NullPointerException":
        return new NullPointerException(text);
      case "java.lang.ClassCastException":
        return new ClassCastException(text);
      default:
        return new RemoteException(className, text, new StackTraceElement[0], null);
    }
  }

  static String describe(SocketAddress address) {
    if (address instanceof InetSocketAddress inet) {
      return inet.getHostString() + ":" + inet.getPort();
    }
    return String.valueOf(address);
  }

  /** An IOException that says the manager went silent, so it is reported as such, not as gone. */
  private static final class SilentManagerException extends IOException {
    SilentManagerException(String message, IOException cause) {
      super(message, cause);
    }
  }

  /** Closes connections whose connect or handshake takes longer than the timeout. */
  private static final class ConnectDeadlines {
    static final ScheduledThreadPoolExecutor TIMER =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread thread = new Thread(r, "multiproc-manager-connect-timeout");
              thread.setDaemon(true);
              return thread;
            });

    static {
      TIMER.setRemoveOnCancelPolicy(true);
      TIMER.setKeepAliveTime(1, TimeUnit.SECONDS);
      TIMER.allowCoreThreadTimeOut(true);
    }
  }
}
