package io.github.multiproc.spi;

import io.github.multiproc.testing.Decoding;
import io.github.multiproc.testing.Property;
import io.github.multiproc.testing.RandomValues;
import io.github.multiproc.wire.Codec;
import io.github.multiproc.wire.CodecPropertiesTest;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.CorruptDataException;
import io.github.multiproc.wire.WireOutput;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: the codecs of handles (locks, shared values, queues, pipes, manager proxies) read a
 * name or an address from a peer and reach for what it names. Whatever the bytes, decoding gives a
 * handle or a {@link CorruptDataException}: never another exception, a hang or a large allocation.
 */
class HandlePropertiesTest {
  private static final List<Codec<?>> HANDLES =
      List.of(
          SyncHandles.LOCK,
          SyncHandles.REENTRANT_LOCK,
          SyncHandles.ANY_LOCK,
          SyncHandles.CONDITION,
          SyncHandles.SEMAPHORE,
          SyncHandles.BOUNDED_SEMAPHORE,
          SyncHandles.EVENT,
          SyncHandles.BARRIER,
          SharedMemoryHandles.SHARED_INT,
          SharedMemoryHandles.SHARED_LONG,
          SharedMemoryHandles.SHARED_DOUBLE,
          SharedMemoryHandles.SHARED_INT_ARRAY,
          SharedMemoryHandles.SHARED_LONG_ARRAY,
          SharedMemoryHandles.SHARED_DOUBLE_ARRAY,
          SharedMemoryHandles.SHARED_BYTE_ARRAY,
          SharedMemoryHandles.SHARED_MEMORY,
          QueueHandles.queue(),
          QueueHandles.joinableQueue(),
          QueueHandles.simpleQueue(),
          QueueHandles.blockingQueue(),
          PipeHandles.connection(),
          ManagerHandles.reference(),
          Codecs.OBJECT);

  @Test
  void forgedHandlesGiveAHandleOrCorruptData() {
    Property.forAll(
        random -> {
          Codec<?> codec = random.oneOf(HANDLES);
          byte[] bytes = handleBytes(random);
          Decoding.valueOrCorrupt(bytes, () -> CodecPropertiesTest.decodeWhole(codec, bytes));
        });
  }

  /**
   * A manager reference names an address, a key and a type; one this process cannot use (a NUL
   * in a socket path, a port past 65535, a type it lacks) is corrupt data, not a crash.
   */
  @Test
  void forgedManagerReferencesGiveAProxyOrCorruptData() {
    Property.forAll(
        random -> {
          int kind = random.oneOf(0, 1, 2);
          boolean asObject = random.bool();
          WireOutput out = new WireOutput(64);
          out.writeByte(
              asObject ? 29 : 2); // Codecs.OBJECT's tag, or NullSafeCodec's, of a reference
          out.writeByte(kind);
          out.writeString(name(random));
          if (kind == 1) {
            out.writeInt(random.anyInt()); // port
          }
          out.writeBoolean(false); // a key of its own
          out.writeSize(1);
          out.writeByte(7);
          out.writeLong(1); // pid
          out.writeLong(1); // object id
          out.writeString(name(random)); // type
          byte[] bytes = out.toByteArray();
          Codec<?> codec = asObject ? Codecs.OBJECT : ManagerHandles.reference();
          Decoding.valueOrCorrupt(bytes, () -> CodecPropertiesTest.decodeWhole(codec, bytes));
        });
  }

  /** An address or a type's name: a real one, or one made of the characters that break one. */
  private static String name(RandomValues random) {
    return random.bool()
        ? random.oneOf("dict", "list", "queue", "managed:no.such.Type", "127.0.0.1", "/tmp/x")
        : random.textOf("/\u0000.:-_ab12", 12);
  }

  /**
   * A presence byte (or {@code Codecs.OBJECT}'s tag of a manager reference), then what a handle
   * holds: a name, an address kind and text, numbers, in any order and cut anywhere.
   */
  private static byte[] handleBytes(RandomValues random) {
    WireOutput out = new WireOutput(32);
    out.writeByte(random.oneOf(0, 1, 2, 29, 7));
    for (byte[] part : random.list(6, () -> handlePart(random))) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** Text four times in ten, a number's bytes three, a small count or kind three. */
  private static byte[] handlePart(RandomValues random) {
    int roll = random.between(0, 9);
    if (roll < 4) {
      WireOutput out = new WireOutput(8);
      out.writeString(random.textOf("/\u0000.:-_mpqABC0129\u00e9\ud800", 40));
      return out.toByteArray();
    }
    return roll < 7 ? random.bytes(1, 9) : new byte[] {(byte) random.between(0, 3)};
  }
}
