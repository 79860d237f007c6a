package io.github.multiproc.internal.queue;

import io.github.multiproc.testing.Decoding;
import io.github.multiproc.testing.Property;
import io.github.multiproc.wire.WireInput;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: a queue's owner stores what producers send and hands it to consumers, who decode it;
 * a handle names the queue. Whatever bytes a producer or a handle's sender forged, the reader gets
 * an item, a handle or a {@code CorruptDataException}, and nothing else.
 */
class QueueDecodingPropertiesTest {
  @Test
  void forgedItemsGiveAnItemOrCorruptData() {
    Property.forAll(
        random -> {
          byte[] bytes = random.bytes(96);
          Decoding.valueOrCorrupt(bytes, () -> Items.decode(bytes));
        });
  }

  @Test
  void forgedQueueRefsGiveARefOrCorruptData() {
    Property.forAll(
        random -> {
          byte[] bytes = random.bytes(64);
          Decoding.valueOrCorrupt(bytes, () -> QueueRef.decode(new WireInput(bytes)));
        });
  }
}
