package io.github.multiproc;

/**
 * A shared bag of named attributes held by a {@link Manager}: Python's {@code manager.Namespace()}
 * ({@code ns.x = 1} is {@code ns.set("x", 1)}). Every process holding the proxy sees the same
 * attributes; values cross with {@code Codecs.OBJECT}.
 */
public interface Namespace {
  /** The attribute's value, or {@code null} if it is unset (Python raises AttributeError). */
  Object get(String name);

  /** Sets the attribute: Python's {@code ns.name = value}. */
  void set(String name, Object value);

  /** Removes the attribute and returns its old value: Python's {@code del ns.name}. */
  Object remove(String name);

  /** Whether the attribute is set: Python's {@code hasattr(ns, name)}. */
  boolean contains(String name);
}
