package io.github.multiproc.internal.manager;

import io.github.multiproc.ManagedValue;
import io.github.multiproc.wire.ProxyReference;
import io.github.multiproc.wire.WireOutput;

/** A proxy of a managed value (Python's {@code ValueProxy}). */
final class ValueProxy<T> implements ManagedValue<T>, ProxyReference {
  private final ObjectHandle handle;

  ValueProxy(ObjectHandle handle) {
    this.handle = handle;
  }

  @SuppressWarnings("unchecked")
  @Override
  public T get() {
    return (T) handle.call("get");
  }

  @Override
  public void set(T value) {
    handle.call("set", value);
  }

  @Override
  public String toString() {
    return "Value(" + get() + ")";
  }

  @Override
  public void writeReference(WireOutput out) {
    handle.writeReference(out);
  }
}
