package io.github.multiproc.internal.hub;

/** Reads the {@code multiproc.*} system properties that tune limits and timeouts. */
public final class Settings {
  private Settings() {}

  /**
   * The positive int in system property {@code name}, or {@code defaultValue} when it is unset.
   *
   * @throws IllegalArgumentException if it is set to anything else, naming the property and
   *     {@code unit}
   */
  public static int positiveInt(String name, int defaultValue, String unit) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      int parsed = Integer.parseInt(value.trim());
      if (parsed > 0) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // fall through to the error below
    }
    throw new IllegalArgumentException(
        name + " must be a positive int (" + unit + ") but is '" + value + "'");
  }
}
