package io.github.multiproc.internal.manager;

import io.github.multiproc.Namespace;
import io.github.multiproc.spi.ProxyReference;
import io.github.multiproc.spi.WireOutput;
import java.util.Map;
import java.util.StringJoiner;

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

  /** Python's repr: {@code Namespace(a=1, b='x')}, here with Java's value strings. */
  @Override
  public String toString() {
    StringJoiner joiner = new StringJoiner(", ", "Namespace(", ")");
    for (Map.Entry<?, ?> entry : ((Map<?, ?>) handle.call("copy")).entrySet()) {
      joiner.add(entry.getKey() + "=" + entry.getValue());
    }
    return joiner.toString();
  }

  @Override
  public void writeReference(WireOutput out) {
    handle.writeReference(out);
  }
}
