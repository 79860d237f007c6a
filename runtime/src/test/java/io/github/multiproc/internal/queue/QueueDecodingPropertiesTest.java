package io.github.multiproc.internal.queue;

import io.github.multiproc.spi.WireInput;
import io.github.multiproc.testing.Decoding;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * Issue 23: a queue's owner stores what producers send and hands it to consumers, who decode it;
 * a handle names the queue. Whatever bytes a producer or a handle's sender forged, the reader gets
 * an item, a handle or a {@code CorruptDataException}, and nothing else.
 */
class QueueDecodingPropertiesTest {
  @Property
  void forgedItemsGiveAnItemOrCorruptData(@ForAll @Size(max = 96) byte[] bytes) {
    Decoding.valueOrCorrupt(bytes, () -> Items.decode(bytes));
  }

  @Property
  void forgedQueueRefsGiveARefOrCorruptData(@ForAll @Size(max = 64) byte[] bytes) {
    Decoding.valueOrCorrupt(bytes, () -> QueueRef.decode(new WireInput(bytes)));
  }
}
