package io.github.multiproc.internal.hub;

import io.github.multiproc.testing.Decoding;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.GatheringByteChannel;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 23: the handshake is the first thing a hub, a manager or a Listener reads from a stranger.
 * Whatever the stranger sends (any frames, cut anywhere, lengths forged), either side of the
 * handshake fails with an {@link IOException} ({@link ProtocolException} or EOF) and nothing else,
 * and never accepts it.
 */
class HandshakePropertiesTest {
  private static final byte[] KEY = Handshake.newKey();

  @Property
  void aServerNeverAcceptsAStranger(@ForAll("peerBytes") byte[] sent) {
    Decoding.refused(IOException.class, sent, () -> {
      Handshake.serve(new FramedChannel(new Peer(sent)), KEY);
      return "accepted";
    });
  }

  @Property
  void aClientNeverAcceptsAStrangerServer(@ForAll("peerBytes") byte[] sent) {
    Decoding.refused(IOException.class, sent, () -> {
      Handshake.connect(new FramedChannel(new Peer(sent)), KEY);
      return "accepted";
    });
  }

  /** Frames of the handshake's sizes and others, with forged length prefixes among them. */
  @Provide
  Arbitrary<byte[]> peerBytes() {
    Arbitrary<byte[]> frame = Arbitraries.integers().between(0, 100)
        .flatMap(length -> Arbitraries.bytes().array(byte[].class).ofSize(length)
            .map(payload -> ByteBuffer.allocate(4 + length).putInt(length).put(payload).array()));
    Arbitrary<byte[]> forged = Arbitraries.bytes().array(byte[].class).ofMaxSize(12);
    return Arbitraries.oneOf(frame, forged).list().ofMaxSize(3).map(parts -> {
      ByteBuffer all = ByteBuffer.allocate(parts.stream().mapToInt(p -> p.length).sum());
      parts.forEach(all::put);
      return all.array();
    });
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
