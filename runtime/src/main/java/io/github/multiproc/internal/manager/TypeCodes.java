package io.github.multiproc.internal.manager;

/**
 * The type codes of Python's {@code array} and {@code ctypes} values ({@code manager.Value('i', 0)},
 * {@code manager.Array('d', ...)}) and the Java boxes that hold them. Java has no unsigned types,
 * so the unsigned codes are refused with the signed code to use instead.
 */
final class TypeCodes {
  private TypeCodes() {}

  /** The box type of {@code code}. */
  static Class<?> type(String code) {
    switch (code) {
      case "b":
        return Byte.class;
      case "h":
        return Short.class;
      case "i":
        return Integer.class;
      case "l":
      case "q":
        return Long.class;
      case "f":
        return Float.class;
      case "d":
        return Double.class;
      case "c":
      case "u":
        return Character.class;
      case "B":
      case "H":
      case "I":
      case "L":
      case "Q":
        throw new IllegalArgumentException(
            "type code '"
                + code
                + "' is unsigned, which Java has"
                + " not: use the next wider signed code ('B' -> 'h', 'H' -> 'i', 'I' -> 'l')");
      default:
        throw new IllegalArgumentException(
            "unknown type code '"
                + code
                + "': use one of b h i l"
                + " q f d c u (byte, short, int, long, long, float, double, char, char)");
    }
  }

  /** Refuses a value that is not of {@code code}'s type, naming both. */
  static Object check(String code, Object value) {
    Class<?> type = type(code);
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(
          "a value of type code '"
              + code
              + "' must be a "
              + type.getSimpleName()
              + ", not "
              + (value == null ? "null" : value.getClass().getName() + " " + value));
    }
    return value;
  }
}
