package io.github.multiproc.internal.manager;

import java.util.List;

/**
 * A managed value (Python's {@code manager.Value}): get and set, one call at a time. A value made
 * with a type code accepts only values of that code's type (Python's own manager does not check;
 * Java can, with a clear error at the first wrong {@code set}).
 */
final class ServedValue extends BuiltinServed {
  /** The type code, or null for a value of any type. */
  private final String typeCode;

  private Object value;

  ServedValue(Object initial) {
    this.typeCode = null;
    this.value = initial;
  }

  /** A typed value; {@code codeAndInitial} is {@code [typeCode, initial]}. */
  static ServedValue typed(Object codeAndInitial) {
    List<?> settings = (List<?>) codeAndInitial;
    return new ServedValue((String) settings.get(0), settings.get(1));
  }

  private ServedValue(String typeCode, Object initial) {
    this.typeCode = typeCode;
    this.value = TypeCodes.check(typeCode, initial);
  }

  @Override
  synchronized Object call(String method, Object[] a) {
    switch (method) {
      case "get":
        return value;
      case "set":
        value = typeCode == null ? a[0] : TypeCodes.check(typeCode, a[0]);
        return null;
      default:
        throw unknown(method, "value");
    }
  }
}
