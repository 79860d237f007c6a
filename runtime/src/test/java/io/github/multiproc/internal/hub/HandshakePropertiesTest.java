package io.github.multiproc.internal.hub;

import io.github.multiproc.testing.Decoding;
import io.github.multiproc.testing.Property;
import io.github.multiproc.testing.RandomValues;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.GatheringByteChannel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: the handshake is the first thing a hub, a manager or a Listener reads from a stranger.
 * Whatever the stranger sends (any frames, cut anywhere, lengths forged), either side of the
 * handshake fails with an {@link IOException} ({@link ProtocolException} or EOF) and nothing else,
 * and never accepts it.
 */
class HandshakePropertiesTest {
  private static final byte[] KEY = Handshake.newKey();

  @Test
  void aServerNeverAcceptsAStranger() {
    neverAccepts(channel -> Handshake.serve(channel, KEY));
  }

  @Test
  void aClientNeverAcceptsAStrangerServer() {
    neverAccepts(channel -> Handshake.connect(channel, KEY));
  }

  /** One side of the handshake, run over a channel to the peer. */
  private interface Side {
    void shakeHands(BlockingLink channel) throws IOException;
  }

  private static void neverAccepts(Side side) {
    Property.forAll(
        random -> {
          byte[] sent = peerBytes(random);
          Decoding.refused(
              IOException.class,
              sent,
              () -> {
                side.shakeHands(new BlockingLink(new Peer(sent)));
                return "accepted";
              });
        });
  }

  /** Frames of the handshake's sizes and others, with forged length prefixes among them. */
  private static byte[] peerBytes(RandomValues random) {
    List<byte[]> parts =
        random.list(
            3,
            () ->
                random.either(
                    () -> {
                      byte[] payload = random.bytes(100);
                      return ByteBuffer.allocate(4 + payload.length)
                          .putInt(payload.length)
                          .put(payload)
                          .array();
                    },
                    () -> random.bytes(12)));
    ByteBuffer all = ByteBuffer.allocate(parts.stream().mapToInt(p -> p.length).sum());
    parts.forEach(all::put);
    return all.array();
  }

  /** A peer that sends {@code bytes} and then closes; what it is sent goes nowhere. */
  private static final class Peer implements ByteChannel, GatheringByteChannel {
    private final ByteBuffer incoming;

    Peer(byte[] bytes) {
      incoming = ByteBuffer.wrap(bytes);
    }

    @Override
    public int read(ByteBuffer into) {
      if (!incoming.hasRemaining()) {
        return -1;
      }
      int count = Math.min(into.remaining(), incoming.remaining());
      into.put(incoming.slice().limit(count));
      incoming.position(incoming.position() + count);
      return count;
    }

    @Override
    public int write(ByteBuffer from) {
      int count = from.remaining();
      from.position(from.limit());
      return count;
    }

    @Override
    public long write(ByteBuffer[] sources, int offset, int length) {
      long count = 0;
      for (int i = offset; i < offset + length; i++) {
        count += write(sources[i]);
      }
      return count;
    }

    @Override
    public long write(ByteBuffer[] sources) {
      return write(sources, 0, sources.length);
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {}
  }
}
