package io.github.multiproc.internal.manager;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A managed dict (Python's {@code DictProxy} referent): insertion-ordered, null values allowed,
 * one call at a time. Also the storage of a namespace.
 */
final class ServedDict extends BuiltinServed {
  private final Map<Object, Object> map = new LinkedHashMap<>();

  ServedDict(Object initial) {
    if (initial instanceof Map<?, ?> m) {
      map.putAll(m);
    }
  }

  @Override
  synchronized Object call(String method, Object[] a) {
    switch (method) {
      case "get":
        return map.get(a[0]);
      case "getOrDefault":
        return map.containsKey(a[0]) ? map.get(a[0]) : a[1];
      case "put":
        return map.put(a[0], a[1]);
      case "remove":
        return map.remove(a[0]);
      case "removeIf":
        if (map.containsKey(a[0]) && Objects.equals(map.get(a[0]), a[1])) {
          map.remove(a[0]);
          return true;
        }
        return false;
      case "containsKey":
        return map.containsKey(a[0]);
      case "containsValue":
        return map.containsValue(a[0]);
      case "size":
        return map.size();
      case "clear":
        map.clear();
        return null;
      case "putIfAbsent":
        // Python's setdefault: a key present with null counts as present.
        return map.containsKey(a[0]) ? map.get(a[0]) : map.put(a[0], a[1]);
      case "replace":
        return map.containsKey(a[0]) ? map.put(a[0], a[1]) : null;
      case "replaceIf":
        if (map.containsKey(a[0]) && Objects.equals(map.get(a[0]), a[1])) {
          map.put(a[0], a[2]);
          return true;
        }
        return false;
      case "putAll":
        map.putAll((Map<?, ?>) a[0]);
        return null;
      case "copy":
        return new LinkedHashMap<>(map);
      case "keys":
        return new ArrayList<>(map.keySet());
      default:
        throw unknown(method, "dict");
    }
  }
}
