package io.github.multiproc.internal.manager;

import io.github.multiproc.wire.ProxyReference;
import io.github.multiproc.wire.WireOutput;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;

/**
 * A proxy of a managed dict (Python's {@code DictProxy}). Each method is one atomic call in the
 * manager; views ({@link #entrySet()} etc.) are snapshots. Null values are allowed, as in Python.
 */
final class DictProxy<K, V> extends AbstractMap<K, V>
    implements ConcurrentMap<K, V>, ProxyReference {
  private final ObjectHandle handle;

  DictProxy(ObjectHandle handle) {
    this.handle = handle;
  }

  @Override
  public V get(Object key) {
    return handle.call("get", key);
  }

  @Override
  public V getOrDefault(Object key, V defaultValue) {
    return handle.call("getOrDefault", key, defaultValue);
  }

  @Override
  public V put(K key, V value) {
    return handle.call("put", key, value);
  }

  @Override
  public V remove(Object key) {
    return handle.call("remove", key);
  }

  @Override
  public boolean remove(Object key, Object value) {
    return handle.<Boolean>call("removeIf", key, value);
  }

  @Override
  public boolean containsKey(Object key) {
    return handle.<Boolean>call("containsKey", key);
  }

  @Override
  public boolean containsValue(Object value) {
    return handle.<Boolean>call("containsValue", value);
  }

  @Override
  public int size() {
    return handle.<Integer>call("size");
  }

  @Override
  public void clear() {
    handle.call("clear");
  }

  @Override
  public V putIfAbsent(K key, V value) {
    return handle.call("putIfAbsent", key, value);
  }

  @Override
  public boolean replace(K key, V oldValue, V newValue) {
    return handle.<Boolean>call("replaceIf", key, oldValue, newValue);
  }

  @Override
  public V replace(K key, V value) {
    return handle.call("replace", key, value);
  }

  @Override
  public void putAll(Map<? extends K, ? extends V> map) {
    handle.call("putAll", new LinkedHashMap<>(map));
  }

  /** A snapshot of the dict (Python's {@code d.copy()}), in insertion order. */
  Map<K, V> copy() {
    return handle.call("copy");
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
