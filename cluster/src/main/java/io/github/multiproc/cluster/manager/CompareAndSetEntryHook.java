package io.github.multiproc.cluster.manager;

import com.hazelcast.nio.serialization.Serializer;
import com.hazelcast.nio.serialization.SerializerHook;

/**
 * Registers {@link CompareAndSetEntrySerializer} with every Hazelcast member and client that has
 * this module on its class path (Hazelcast reads {@code META-INF/services/com.hazelcast.SerializerHook}),
 * so a member needs no configuration to run a cluster value's updates.
 */
public final class CompareAndSetEntryHook implements SerializerHook<CompareAndSetEntry> {
  /** Called by Hazelcast's service loader. */
  public CompareAndSetEntryHook() {}

  @Override
  public Class<CompareAndSetEntry> getSerializationType() {
    return CompareAndSetEntry.class;
  }

  @Override
  public Serializer createSerializer() {
    return new CompareAndSetEntrySerializer();
  }

  @Override
  public boolean isOverwritable() {
    return false;
  }
}
