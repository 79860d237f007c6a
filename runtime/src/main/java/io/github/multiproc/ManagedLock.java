package io.github.multiproc;

import java.util.concurrent.locks.Lock;

/**
 * A lock held by a {@link Manager}: Python's {@code manager.Lock()} / {@code manager.RLock()}
 * ({@code AcquirerProxy}). It is robust: when the process holding it dies, or closes all its
 * connections to the manager, the manager releases it, and the next holder's
 * {@link #wasAbandoned()} is true, as for {@link ProcessLock}.
 */
public interface ManagedLock extends Lock {
  /**
   * Whether the calling thread's current hold began by taking over a lock whose holder died
   * holding it; the data it guarded may be half-updated. Python has no counterpart (its manager
   * lock stays locked forever).
   */
  boolean wasAbandoned();
}
