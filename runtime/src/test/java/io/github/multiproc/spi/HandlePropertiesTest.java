package io.github.multiproc.spi;

import io.github.multiproc.testing.Decoding;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 23: the codecs of handles (locks, shared values, queues, pipes, manager proxies) read a
 * name or an address from a peer and reach for what it names. Whatever the bytes, decoding gives a
 * handle or a {@link CorruptDataException}: never another exception, a hang or a large allocation.
 */
class HandlePropertiesTest {
  private static final List<Codec<?>> HANDLES = List.of(
      SyncHandles.LOCK, SyncHandles.REENTRANT_LOCK, SyncHandles.ANY_LOCK, SyncHandles.CONDITION,
      SyncHandles.SEMAPHORE, SyncHandles.BOUNDED_SEMAPHORE, SyncHandles.EVENT, SyncHandles.BARRIER,
      SharedHandles.SHARED_INT, SharedHandles.SHARED_LONG, SharedHandles.SHARED_DOUBLE,
      SharedHandles.SHARED_INT_ARRAY, SharedHandles.SHARED_LONG_ARRAY,
      SharedHandles.SHARED_DOUBLE_ARRAY, SharedHandles.SHARED_BYTE_ARRAY,
      SharedHandles.SHARED_MEMORY, QueueHandles.queue(), QueueHandles.joinableQueue(),
      QueueHandles.simpleQueue(), QueueHandles.blockingQueue(), PipeHandles.connection(),
      ManagerHandles.reference(), Codecs.OBJECT);

  @Property
  void forgedHandlesGiveAHandleOrCorruptData(
      @ForAll("handles") Codec<?> codec, @ForAll("handleBytes") byte[] bytes) {
    Decoding.valueOrCorrupt(bytes, () -> CodecPropertiesTest.decodeWhole(codec, bytes));
  }

  /**
   * A manager reference names an address, a key and a type; one this process cannot use (a NUL
   * in a socket path, a port past 65535, a type it lacks) is corrupt data, not a crash.
   */
  @Property
  void forgedManagerReferencesGiveAProxyOrCorruptData(
      @ForAll("addressKinds") int kind, @ForAll("names") String address, @ForAll int port,
      @ForAll("names") String type, @ForAll boolean asObject) {
    WireOutput out = new WireOutput(64);
    out.writeByte(asObject ? 29 : 2); // Codecs.OBJECT's tag, or NullSafeCodec's, of a reference
    out.writeByte(kind);
    out.writeString(address);
    if (kind == 1) {
      out.writeInt(port);
    }
    out.writeBoolean(false); // a key of its own
    out.writeSize(1);
    out.writeByte(7);
    out.writeLong(1); // pid
    out.writeLong(1); // object id
    out.writeString(type);
    byte[] bytes = out.toByteArray();
    Codec<?> codec = asObject ? Codecs.OBJECT : ManagerHandles.reference();
    Decoding.valueOrCorrupt(bytes, () -> CodecPropertiesTest.decodeWhole(codec, bytes));
  }

  @Provide
  Arbitrary<Integer> addressKinds() {
    return Arbitraries.of(0, 1, 2);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.oneOf(
        Arbitraries.of("dict", "list", "queue", "shared:no.such.Type", "127.0.0.1", "/tmp/x"),
        Arbitraries.strings().withChars("/\u0000.:-_ab12").ofMaxLength(12));
  }

  @Provide
  Arbitrary<Codec<?>> handles() {
    return Arbitraries.of(HANDLES);
  }

  /**
   * A presence byte (or {@code Codecs.OBJECT}'s tag of a manager reference), then what a handle
   * holds: a name, an address kind and text, numbers, in any order and cut anywhere.
   */
  @Provide
  Arbitrary<byte[]> handleBytes() {
    Arbitrary<byte[]> text = Arbitraries.strings()
        .withChars("/\u0000.:-_mpqABC0129\u00e9\ud800")
        .ofMaxLength(40)
        .map(s -> {
          WireOutput out = new WireOutput(8);
          out.writeString(s);
          return out.toByteArray();
        });
    Arbitrary<byte[]> number = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(9);
    Arbitrary<byte[]> small = Arbitraries.integers().between(0, 3).map(i -> new byte[] {(byte) (int) i});
    Arbitrary<byte[]> part = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, text), net.jqwik.api.Tuple.of(3, number),
        net.jqwik.api.Tuple.of(3, small));
    Arbitrary<Integer> first = Arbitraries.of(0, 1, 2, 29, 7);
    return Combinators.combine(first, part.list().ofMaxSize(6))
        .as((lead, parts) -> {
          WireOutput out = new WireOutput(32);
          out.writeByte(lead);
          parts.forEach(out::writeBytes);
          return out.toByteArray();
        });
  }
}
