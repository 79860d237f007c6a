package io.github.multiproc.cluster.manager;

import com.hazelcast.map.EntryProcessor;
import java.util.Arrays;
import java.util.Map;

/**
 * Runs on the member that owns a value's entry (and on its backups): replaces the entry's bytes
 * with {@code update} if they still are {@code expected}, so a read-modify-write of a
 * {@link ClusterValueProxy} is atomic without a lock. It compares bytes and never decodes them,
 * so a member needs neither the value's codec nor the authkey; a reader checks the HMAC of what
 * it stored. Crosses with {@link CompareAndSetEntrySerializer}, not Java serialization.
 */
final class CompareAndSetEntry implements EntryProcessor<String, byte[], Boolean> {
  private final byte[] expected;
  private final byte[] update;

  CompareAndSetEntry(byte[] expected, byte[] update) {
    this.expected = expected;
    this.update = update;
  }

  byte[] expected() {
    return expected;
  }

  byte[] update() {
    return update;
  }

  @Override
  public Boolean process(Map.Entry<String, byte[]> entry) {
    byte[] current = entry.getValue();
    if (current == null || !Arrays.equals(current, expected)) {
      return false;
    }
    entry.setValue(update);
    return true;
  }
}
