package io.github.multiproc.wire;

import java.util.Map;
import java.util.function.IntFunction;

/** A map as its size and its entries, key then value, in iteration order. */
final class MapCodec<K, V, M extends Map<K, V>> extends NullSafeCodec<M> {
  private final Codec<K> key;
  private final Codec<V> value;
  private final IntFunction<? extends M> newMap;

  public MapCodec(Codec<K> key, Codec<V> value, IntFunction<? extends M> newMap) {
    this.key = key;
    this.value = value;
    this.newMap = newMap;
  }

  @Override
  protected void encodeValue(WireOutput out, M map) {
    out.writeSize(map.size());
    int written = 0;
    for (Map.Entry<K, V> entry : map.entrySet()) {
      key.encode(out, entry.getKey());
      value.encode(out, entry.getValue());
      written++;
    }
    if (written != map.size()) {
      throw new IllegalStateException(
          "the map changed while it was encoded: size() said "
              + map.size()
              + " but iteration gave "
              + written
              + " entries");
    }
  }

  @Override
  protected M decodeValue(WireInput in) {
    int size = in.readCount(2);
    M map = newMap.apply(size);
    for (int i = 0; i < size; i++) {
      K k = key.decode(in);
      map.put(k, value.decode(in));
    }
    return map;
  }
}
