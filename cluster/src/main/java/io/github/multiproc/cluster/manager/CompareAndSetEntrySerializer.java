package io.github.multiproc.cluster.manager;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.HazelcastSerializationException;
import com.hazelcast.nio.serialization.StreamSerializer;
import java.io.IOException;

/**
 * Carries a {@link CompareAndSetEntry} to the member that runs it: its two byte arrays, under a
 * fixed type id, so Hazelcast needs no Java serialization for it and the bytes choose no class.
 */
final class CompareAndSetEntrySerializer implements StreamSerializer<CompareAndSetEntry> {
  /**
   * This serializer's Hazelcast type id: positive, as Hazelcast requires of custom serializers,
   * and in a block kept for multiproc's cluster managers ({@code 0x4D50_0100} and up).
   */
  static final int TYPE_ID = 0x4D50_0101;

  @Override
  public int getTypeId() {
    return TYPE_ID;
  }

  @Override
  public void write(ObjectDataOutput out, CompareAndSetEntry entry) throws IOException {
    out.writeByteArray(entry.expected());
    out.writeByteArray(entry.update());
  }

  @Override
  public CompareAndSetEntry read(ObjectDataInput in) throws IOException {
    byte[] expected = in.readByteArray();
    byte[] update = in.readByteArray();
    if (expected == null || update == null) {
      throw new HazelcastSerializationException(
          "a multiproc compare-and-set arrived without its expected or new bytes");
    }
    return new CompareAndSetEntry(expected, update);
  }
}
