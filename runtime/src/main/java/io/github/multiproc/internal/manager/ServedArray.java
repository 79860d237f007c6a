package io.github.multiproc.internal.manager;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A managed array (Python's {@code manager.Array(typecode, sequence)}): a fixed number of values of
 * one type code, read and written by index, one call at a time.
 */
final class ServedArray extends BuiltinServed {
  private final String typeCode;
  private final Object[] items;

  /** {@code codeAndValues} is {@code [typeCode, values]}. */
  ServedArray(Object codeAndValues) {
    List<?> settings = (List<?>) codeAndValues;
    this.typeCode = (String) settings.get(0);
    this.items = ((List<?>) settings.get(1)).toArray();
    for (Object item : items) {
      TypeCodes.check(typeCode, item);
    }
  }

  @Override
  synchronized Object call(String method, Object[] a) {
    switch (method) {
      case "get":
        return items[(Integer) a[0]];
      case "set":
        int index = (Integer) a[0];
        Object old = items[index];
        items[index] = TypeCodes.check(typeCode, a[1]);
        return old;
      case "size":
        return items.length;
      case "copy":
        return new ArrayList<>(Arrays.asList(items));
      case "typeCode":
        return typeCode;
      default:
        throw unknown(method, "array");
    }
  }
}
