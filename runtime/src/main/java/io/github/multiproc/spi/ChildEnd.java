package io.github.multiproc.spi;

import io.github.multiproc.internal.process.ChildEndActions;

/**
 * For libraries whose connections run non-daemon threads of their own: a child JVM waits for its
 * non-daemon threads before it exits (Python's {@code threading._shutdown()}), so such a
 * connection, opened in a worker, must be closed once the worker's call is done. Python's
 * {@code util.Finalize(obj, callback, exitpriority=0)}.
 */
public final class ChildEnd {
  private ChildEnd() {}

  /**
   * Runs {@code action} in this JVM once its worker's call has returned or thrown, before the
   * JVM waits for its non-daemon threads; actions run newest first. In a JVM that is not a
   * multiproc child, nothing runs it: close the connection yourself there.
   */
  public static void whenDone(Runnable action) {
    ChildEndActions.add(action);
  }
}
