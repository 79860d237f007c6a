package io.github.multiproc.internal.manager;

import io.github.multiproc.wire.ProxyReference;
import io.github.multiproc.wire.WireOutput;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A proxy of a managed array (Python's {@code ArrayProxy}): a fixed-size {@link List}, so
 * {@code add} and {@code remove} are unsupported, as an array's length is fixed in Python.
 */
final class ArrayProxy<E> extends AbstractList<E> implements RandomAccess, ProxyReference {
  private final ObjectHandle handle;

  ArrayProxy(ObjectHandle handle) {
    this.handle = handle;
  }

  @SuppressWarnings("unchecked")
  @Override
  public E get(int index) {
    return (E) handle.call("get", index);
  }

  @SuppressWarnings("unchecked")
  @Override
  public E set(int index, E value) {
    return (E) handle.call("set", index, value);
  }

  @Override
  public int size() {
    return (Integer) handle.call("size");
  }

  /** One call for the whole array, not one per element. */
  @Override
  public Object[] toArray() {
    return ((List<?>) handle.call("copy")).toArray();
  }

  @Override
  public String toString() {
    return "Array('" + handle.call("typeCode") + "', " + handle.call("copy") + ")";
  }

  @Override
  public void writeReference(WireOutput out) {
    handle.writeReference(out);
  }
}
