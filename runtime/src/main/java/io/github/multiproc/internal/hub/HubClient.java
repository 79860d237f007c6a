package io.github.multiproc.internal.hub;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/** Opens authenticated connections to a hub. */
public final class HubClient {
  private HubClient() {}

  /**
   * Connects to the hub at {@code socketPath}, proves {@code key} both ways and sends the first
   * frame: {@code kind} followed by {@code opening}.
   */
  public static BlockingLink connect(Path socketPath, byte[] key, byte kind, byte[] opening)
      throws IOException {
    SocketChannel socket = SocketChannel.open(StandardProtocolFamily.UNIX);
    BlockingLink channel = new BlockingLink(socket);
    try {
      socket.connect(UnixDomainSocketAddress.of(socketPath));
      Handshake.connect(channel, key);
      byte[] first = new byte[1 + opening.length];
      first[0] = kind;
      System.arraycopy(opening, 0, first, 1, opening.length);
      channel.write(first);
      return channel;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }
}
