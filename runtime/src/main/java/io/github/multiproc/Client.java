package io.github.multiproc;

import io.github.multiproc.internal.hub.Authkeys;
import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.internal.hub.Handshake;
import io.github.multiproc.internal.hub.ProtocolException;
import io.github.multiproc.internal.pipe.LinkConnection;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;

/**
 * Connects to a {@link Listener}: Python's {@code multiprocessing.connection.Client}.
 *
 * <pre>{@code
 * try (Connection<String> conn = Client.connect(listenerAddress, authkey)) {
 *   String greeting = conn.recv();
 * }
 * }</pre>
 */
public final class Client {
  private Client() {}

  /**
   * Connects to the listener at {@code address} and proves {@code authkey} both ways before any
   * message is read.
   *
   * @throws AuthenticationException if the listener does not accept the authkey, or does not prove it
   *     knows it: Python's {@code AuthenticationError}
   * @throws IllegalArgumentException if {@code authkey} has fewer than 16 bytes
   */
  public static <T> Connection<T> connect(SocketAddress address, byte[] authkey)
      throws IOException {
    Authkeys.checked(authkey);
    SocketChannel channel = open(address);
    try {
      channel.connect(address);
      if (address instanceof InetSocketAddress) {
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      }
      try {
        Handshake.connect(new BlockingLink(channel), authkey);
      } catch (ProtocolException | EOFException e) {
        throw new AuthenticationException(
            "authentication with the listener at "
                + address
                + " failed: it does not accept our authkey or does not know it",
            e);
      }
      return LinkConnection.overSocket(channel);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static SocketChannel open(SocketAddress address) throws IOException {
    if (address instanceof UnixDomainSocketAddress) {
      return SocketChannel.open(StandardProtocolFamily.UNIX);
    }
    if (address instanceof InetSocketAddress) {
      InetSocketAddress inet = (InetSocketAddress) address;
      return SocketChannel.open(
          inet.getAddress() instanceof java.net.Inet6Address
              ? StandardProtocolFamily.INET6
              : StandardProtocolFamily.INET);
    }
    throw new IllegalArgumentException(
        "a Client connects to a UnixDomainSocketAddress or an"
            + " InetSocketAddress, not "
            + address);
  }
}
