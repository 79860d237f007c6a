package io.github.multiproc;

import java.time.Duration;

/**
 * An event held by a {@link Manager}: Python's {@code manager.Event()}. Its methods have the names
 * of {@link ProcessEvent}'s for the same Python calls.
 */
public interface ManagedEvent {
  /** Sets the flag and wakes every waiter: Python's {@code set()}. */
  void set();

  /** Clears the flag: Python's {@code clear()}. */
  void clear();

  /** Whether the flag is set: Python's {@code is_set()}. */
  boolean isSet();

  /** Waits until the flag is set: Python's {@code wait()}, as {@link ProcessEvent#waitFor()}. */
  void waitFor() throws InterruptedException;

  /**
   * Waits up to {@code timeout}; whether the flag was set: Python's {@code wait(timeout)}, as
   * {@link ProcessEvent#waitFor(Duration)}.
   */
  boolean waitFor(Duration timeout) throws InterruptedException;
}
