package io.github.multiproc.internal.hub;

import java.io.Closeable;
import java.io.IOException;

/**
 * Closing what is being given up anyway: a connection, a selector, a server socket, a child's
 * stream. The runtime's one {@code closeQuietly}.
 */
public final class Closeables {
  private Closeables() {}

  /**
   * Closes {@code closeable} if there is one; a failure to close does not matter, as the caller is
   * dropping it (the peer or the child may be gone already).
   */
  public static void closeQuietly(Closeable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (IOException e) {
      // nothing more to do: it is being dropped
    }
  }
}
