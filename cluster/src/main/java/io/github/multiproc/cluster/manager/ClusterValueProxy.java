package io.github.multiproc.cluster.manager;

import com.hazelcast.map.IMap;
import io.github.multiproc.wire.ProxyReference;
import io.github.multiproc.wire.WireOutput;
import java.util.function.UnaryOperator;

/**
 * A value kept on the cluster: one entry, named by the value, of the shared {@code IMap}
 * {@value ClusterType#VALUES_MAP}, read and set with one call each and updated with a
 * {@link CompareAndSetEntry} run on the member that owns the entry.
 */
final class ClusterValueProxy<T> implements ClusterValue<T>, ProxyReference {
  private final ClusterHandle handle;

  ClusterValueProxy(ClusterHandle handle) {
    this.handle = handle;
  }

  private IMap<String, byte[]> values() {
    return handle.instance().getMap(ClusterType.VALUES_MAP);
  }

  /** Stores {@code initial} unless the value exists: how a named value is made on first use. */
  void initialize(T initial) {
    values().putIfAbsent(handle.name(), handle.seal(initial));
  }

  @Override
  public T get() {
    return handle.open(storedBytes());
  }

  private byte[] storedBytes() {
    byte[] sealed = values().get(handle.name());
    if (sealed == null) {
      throw new IllegalStateException(
          "the cluster value '"
              + handle.name()
              + "' no longer exists: the ClusterManager that"
              + " made it was closed");
    }
    return sealed;
  }

  @Override
  public void set(T value) {
    values().set(handle.name(), handle.seal(value));
  }

  @Override
  public boolean compareAndSet(T expected, T update) {
    return compareAndSetBytes(handle.seal(expected), handle.seal(update));
  }

  @Override
  public T updateAndGet(UnaryOperator<T> update) {
    while (true) {
      byte[] current = storedBytes();
      T next = update.apply(handle.open(current));
      if (compareAndSetBytes(current, handle.seal(next))) {
        return next;
      }
    }
  }

  private boolean compareAndSetBytes(byte[] expected, byte[] update) {
    return values().executeOnKey(handle.name(), new CompareAndSetEntry(expected, update));
  }

  @Override
  public String toString() {
    return "ClusterValue(" + get() + ")";
  }

  @Override
  public void writeReference(WireOutput out) {
    handle.writeReference(out);
  }
}
