package io.github.multiproc.internal.manager;

import io.github.multiproc.spi.ProxyReference;
import io.github.multiproc.spi.WireOutput;
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
final class DictProxy<K, V> extends AbstractMap<K, V> implements ConcurrentMap<K, V>, ProxyReference {
  private final ObjectHandle handle;

  DictProxy(ObjectHandle handle) {
    this.handle = handle;
  }

  @SuppressWarnings("unchecked")
  private <T> T call(String method, Object... args) {
    return (T) handle.call(method, args);
  }

  @Override
  public V get(Object key) {
    return call("get", key);
  }

  @Override
  public V getOrDefault(Object key, V defaultValue) {
    return call("getOrDefault", key, defaultValue);
  }

  @Override
  public V put(K key, V value) {
    return call("put", key, value);
  }

  @Override
  public V remove(Object key) {
    return call("remove", key);
  }

  @Override
  public boolean remove(Object key, Object value) {
    return this.<Boolean>call("removeIf", key, value);
  }

  @Override
  public boolean containsKey(Object key) {
    return this.<Boolean>call("containsKey", key);
  }

  @Override
  public boolean containsValue(Object value) {
    return this.<Boolean>call("containsValue", value);
  }

  @Override
  public int size() {
    return this.<Integer>call("size");
  }

  @Override
  public void clear() {
    call("clear");
  }

  @Override
  public V putIfAbsent(K key, V value) {
    return call("putIfAbsent", key, value);
  }

  @Override
  public boolean replace(K key, V oldValue, V newValue) {
    return this.<Boolean>call("replaceIf", key, oldValue, newValue);
  }

  @Override
  public V replace(K key, V value) {
    return call("replace", key, value);
  }

  @Override
  public void putAll(Map<? extends K, ? extends V> map) {
    call("putAll", new LinkedHashMap<>(map));
  }

  /** A snapshot of the dict (Python's {@code d.copy()}), in insertion order. */
  Map<K, V> copy() {
    return call("copy");
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
