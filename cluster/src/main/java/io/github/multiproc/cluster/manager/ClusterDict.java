package io.github.multiproc.cluster.manager;

import com.hazelcast.map.IMap;
import io.github.multiproc.wire.ProxyReference;
import io.github.multiproc.wire.WireOutput;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;

/**
 * A dict kept on the cluster (Python's {@code DictProxy}, here over a Hazelcast {@code IMap}):
 * each method is one atomic {@code IMap} call. Keys and values are stored sealed (see
 * {@link PayloadSeal}), so null values are kept as Python keeps {@code None}, and keys and values
 * compare as their encodings. Views ({@link #entrySet()}…) are snapshots in the order Hazelcast
 * iterates, by partition, not in insertion order.
 */
final class ClusterDict<K, V> extends AbstractMap<K, V>
    implements ConcurrentMap<K, V>, ProxyReference {
  private final ClusterHandle handle;

  ClusterDict(ClusterHandle handle) {
    this.handle = handle;
  }

  private IMap<byte[], byte[]> map() {
    return handle.instance().getMap(handle.name());
  }

  @Override
  public V get(Object key) {
    return handle.open(map().get(handle.seal(key)));
  }

  @Override
  public V put(K key, V value) {
    return handle.open(map().put(handle.seal(key), handle.seal(value)));
  }

  @Override
  public V remove(Object key) {
    return handle.open(map().remove(handle.seal(key)));
  }

  @Override
  public boolean remove(Object key, Object value) {
    return map().remove(handle.seal(key), handle.seal(value));
  }

  @Override
  public boolean containsKey(Object key) {
    return map().containsKey(handle.seal(key));
  }

  @Override
  public boolean containsValue(Object value) {
    return map().containsValue(handle.seal(value));
  }

  @Override
  public int size() {
    return map().size();
  }

  @Override
  public boolean isEmpty() {
    return map().isEmpty();
  }

  @Override
  public void clear() {
    map().clear();
  }

  @Override
  public V putIfAbsent(K key, V value) {
    return handle.open(map().putIfAbsent(handle.seal(key), handle.seal(value)));
  }

  @Override
  public boolean replace(K key, V oldValue, V newValue) {
    return map().replace(handle.seal(key), handle.seal(oldValue), handle.seal(newValue));
  }

  @Override
  public V replace(K key, V value) {
    return handle.open(map().replace(handle.seal(key), handle.seal(value)));
  }

  @Override
  public void putAll(Map<? extends K, ? extends V> entries) {
    Map<byte[], byte[]> sealed = new LinkedHashMap<>();
    entries.forEach((key, value) -> sealed.put(handle.seal(key), handle.seal(value)));
    map().putAll(sealed);
  }

  /** A snapshot of the dict (Python's {@code d.copy()}), in Hazelcast's iteration order. */
  Map<K, V> copy() {
    Map<K, V> copy = new LinkedHashMap<>();
    for (Map.Entry<byte[], byte[]> entry : map().entrySet()) {
      copy.put(handle.open(entry.getKey()), handle.open(entry.getValue()));
    }
    return copy;
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    return Collections.unmodifiableMap(copy()).entrySet();
  }

  @Override
  public String toString() {
    return copy().toString();
  }

  @Override
  public void writeReference(WireOutput out) {
    handle.writeReference(out);
  }
}
