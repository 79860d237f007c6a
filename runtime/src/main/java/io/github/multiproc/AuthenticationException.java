package io.github.multiproc;

import java.io.IOException;

/**
 * The other side of a {@link Listener}/{@link Client} connection does not know the authkey:
 * Python's {@code multiprocessing.AuthenticationError}.
 */
public final class AuthenticationException extends IOException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException(String message, Throwable cause) {
    super(message, cause);
  }
}
