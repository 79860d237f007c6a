package io.github.multiproc.wire;

/**
 * Bytes that do not decode as the expected type: a truncated or forged message, or two sides of a
 * connection built from different versions of the same classes. The connection that carried them
 * is closed; nothing else is affected.
 */
public final class CorruptDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message saying what was expected and what was read. */
  public CorruptDataException(String message) {
    super(message);
  }

  /** Creates the exception for bytes that {@code cause} refused to build a value from. */
  public CorruptDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
