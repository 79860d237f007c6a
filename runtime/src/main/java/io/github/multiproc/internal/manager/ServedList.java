package io.github.multiproc.internal.manager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A managed list (Python's {@code ListProxy} referent), one call at a time. */
final class ServedList extends BuiltinServed {
  private final List<Object> list = new ArrayList<>();

  ServedList(Object initial) {
    if (initial instanceof Collection<?> c) {
      list.addAll(c);
    }
  }

  @Override
  synchronized Object call(String method, Object[] a) {
    switch (method) {
      case "get":
        return list.get(index(a[0]));
      case "set":
        return list.set(index(a[0]), a[1]);
      case "append":
        return list.add(a[0]);
      case "insert":
        list.add(index(a[0]), a[1]);
        return null;
      case "removeAt":
        return list.remove(index(a[0]));
      case "remove":
        return list.remove(a[0]);
      case "extend":
        return list.addAll((Collection<?>) a[0]);
      case "size":
        return list.size();
      case "indexOf":
        return list.indexOf(a[0]);
      case "contains":
        return list.contains(a[0]);
      case "clear":
        list.clear();
        return null;
      case "copy":
        return new ArrayList<>(list);
      case "slice":
        return slice(index(a[0]), index(a[1]));
      default:
        throw unknown(method, "list");
    }
  }

  /** Python's {@code l[from:to]} for {@code from, to >= 0}: clamped to the list, never failing. */
  private List<Object> slice(int from, int to) {
    int start = Math.min(Math.max(from, 0), list.size());
    int end = Math.max(start, Math.min(to, list.size()));
    return new ArrayList<>(list.subList(start, end));
  }

  private static int index(Object value) {
    return ((Number) value).intValue();
  }
}
