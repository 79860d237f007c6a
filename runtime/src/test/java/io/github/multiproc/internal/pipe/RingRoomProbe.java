package io.github.multiproc.internal.pipe;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a JVM whose {@code /dev/shm} has no room for a ring (see {@link BulkRingTest}): sends
 * big frames over a link of two {@link SocketLink}s and prints one line, {@code <frames that
 * arrived whole> <frames that went through a ring>}.
 */
public final class RingRoomProbe {
  private RingRoomProbe() {}

  public static void main(String[] args) throws Exception {
    Path directory = Files.createTempDirectory("ring-room");
    UnixDomainSocketAddress address = UnixDomainSocketAddress.of(directory.resolve("s"));
    SocketChannel a;
    SocketChannel b;
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(address);
      a = SocketChannel.open(address);
      b = server.accept();
    }
    SocketLink writer = SocketLink.over(a);
    SocketLink reader = SocketLink.over(b);
    int whole = 0;
    for (int i = 0; i < 5; i++) {
      byte[] frame = new byte[BulkRing.MIN_FRAME * 2];
      ByteBuffer.wrap(frame).putInt(i);
      writer.write(frame, 0, frame.length, false);
      if (ByteBuffer.wrap(reader.read(-1)).getInt() == i) {
        whole++;
      }
    }
    writer.close();
    reader.close();
    Files.delete(directory.resolve("s"));
    Files.delete(directory);
    System.out.println(whole + " " + BulkRing.framesPut());
  }
}
