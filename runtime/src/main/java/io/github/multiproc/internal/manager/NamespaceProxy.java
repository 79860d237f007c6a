package io.github.multiproc.internal.manager;

import io.github.multiproc.Namespace;
import io.github.multiproc.wire.ProxyReference;
import io.github.multiproc.wire.WireOutput;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A proxy of a managed namespace (Python's {@code NamespaceProxy}). */
final class NamespaceProxy implements Namespace, ProxyReference {
  private final ObjectHandle handle;

  NamespaceProxy(ObjectHandle handle) {
    this.handle = handle;
  }

  @Override
  public Object get(String name) {
    return handle.call("get", name);
  }

  @Override
  public void set(String name, Object value) {
    handle.call("put", name, value);
  }

  @Override
  public Object remove(String name) {
    return handle.call("remove", name);
  }

  @Override
  public boolean contains(String name) {
    return (Boolean) handle.call("containsKey", name);
  }

  /**
   * Python's repr: {@code Namespace(a=1, b='x')}, here with Java's value strings: the attributes
   * whose names do not start with {@code _}, sorted as Python sorts them (by the whole
   * {@code name=value} text).
   */
  @Override
  public String toString() {
    List<String> shown = new ArrayList<>();
    for (Map.Entry<?, ?> entry : ((Map<?, ?>) handle.call("copy")).entrySet()) {
      String name = String.valueOf(entry.getKey());
      if (!name.startsWith("_")) {
        shown.add(name + "=" + entry.getValue());
      }
    }
    Collections.sort(shown);
    return "Namespace(" + String.join(", ", shown) + ")";
  }

  @Override
  public void writeReference(WireOutput out) {
    handle.writeReference(out);
  }
}
