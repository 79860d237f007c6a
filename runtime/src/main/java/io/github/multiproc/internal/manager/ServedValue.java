package io.github.multiproc.internal.manager;

/** A managed value (Python's {@code manager.Value}): get and set, one call at a time. */
final class ServedValue extends BuiltinServed {
  private Object value;

  ServedValue(Object initial) {
    this.value = initial;
  }

  @Override
  synchronized Object call(String method, Object[] a) {
    switch (method) {
      case "get":
        return value;
      case "set":
        value = a[0];
        return null;
      default:
        throw unknown(method, "value");
    }
  }
}
