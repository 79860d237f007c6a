package io.github.multiproc.cluster.manager;

import io.github.multiproc.Namespace;
import io.github.multiproc.wire.ProxyReference;
import io.github.multiproc.wire.WireOutput;
import java.util.stream.Collectors;

/**
 * A namespace kept on the cluster (Python's {@code NamespaceProxy}): its attributes are the
 * entries of one {@code IMap}, stored as a {@link ClusterDict}'s are, so a null attribute stays
 * set.
 */
final class ClusterNamespace implements Namespace, ProxyReference {
  private final ClusterHandle handle;
  private final ClusterDict<String, Object> attributes;

  ClusterNamespace(ClusterHandle handle) {
    this.handle = handle;
    this.attributes = new ClusterDict<>(handle);
  }

  @Override
  public Object get(String name) {
    return attributes.get(name);
  }

  @Override
  public void set(String name, Object value) {
    attributes.put(name, value);
  }

  @Override
  public Object remove(String name) {
    return attributes.remove(name);
  }

  @Override
  public boolean contains(String name) {
    return attributes.containsKey(name);
  }

  /**
   * Python's repr, {@code Namespace(a=1, b=x)}: the attributes not starting with {@code _},
   * sorted by their {@code name=value} text as Python sorts them.
   */
  @Override
  public String toString() {
    return attributes.copy().entrySet().stream()
        .filter(attribute -> !attribute.getKey().startsWith("_"))
        .map(attribute -> attribute.getKey() + "=" + attribute.getValue())
        .sorted()
        .collect(Collectors.joining(", ", "Namespace(", ")"));
  }

  @Override
  public void writeReference(WireOutput out) {
    handle.writeReference(out);
  }
}
