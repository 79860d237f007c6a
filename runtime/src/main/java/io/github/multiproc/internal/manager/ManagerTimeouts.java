package io.github.multiproc.internal.manager;

import io.github.multiproc.internal.hub.Settings;
import java.io.IOException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;

/**
 * How long a manager client waits for a silent server, and how the server shows it is alive while a
 * call runs. A server sends a heartbeat frame every {@link #heartbeatNanos()} while a call is in
 * progress (a lock or queue wait may last forever), so a client that hears nothing for
 * {@code multiproc.managerTimeoutMillis} (20 s by default) knows the server, its machine or the
 * network between is gone, and fails the call instead of hanging. TCP keepalive with the same
 * horizon covers a connection that is idle, or in the middle of a big frame.
 */
final class ManagerTimeouts {
  private static final int DEFAULT_TIMEOUT_MILLIS = 20_000;

  private ManagerTimeouts() {}

  /** The longest a client waits without a frame from the server; read at each new endpoint. */
  static long timeoutNanos() {
    return TimeUnit.MILLISECONDS.toNanos(
        Settings.positiveInt("multiproc.managerTimeoutMillis", DEFAULT_TIMEOUT_MILLIS, "ms"));
  }

  /** How often a server says it is still working on a call: well inside the shortest timeout. */
  static long heartbeatNanos() {
    return Math.min(TimeUnit.SECONDS.toNanos(1), timeoutNanos() / 4);
  }

  /**
   * Turns on TCP keepalive for {@code socket}, probing after half of {@code timeoutNanos} idle and
   * giving up by about the whole of it where the platform lets us choose (Linux, macOS); a
   * Unix-domain socket needs none: the kernel sees its peer die.
   */
  static void keepAlive(SocketChannel socket, long timeoutNanos) {
    try {
      if (socket.getLocalAddress() instanceof UnixDomainSocketAddress) {
        return;
      }
      socket.setOption(StandardSocketOptions.SO_KEEPALIVE, true);
      int seconds = (int) Math.max(2, TimeUnit.NANOSECONDS.toSeconds(timeoutNanos));
      setIfSupported(socket, jdk.net.ExtendedSocketOptions.TCP_KEEPIDLE, Math.max(1, seconds / 2));
      setIfSupported(
          socket, jdk.net.ExtendedSocketOptions.TCP_KEEPINTERVAL, Math.max(1, seconds / 8));
      setIfSupported(socket, jdk.net.ExtendedSocketOptions.TCP_KEEPCOUNT, 4);
    } catch (IOException e) {
      // the read timeout still ends a silent call
    }
  }

  private static void setIfSupported(SocketChannel socket, SocketOption<Integer> option, int value)
      throws IOException {
    if (socket.supportedOptions().contains(option)) {
      socket.setOption(option, value);
    }
  }
}
