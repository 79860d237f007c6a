package io.github.multiproc.internal.manager;

/**
 * A managed lock (Python's {@code manager.Lock()} / {@code RLock()}). The owner is the calling
 * thread of the calling process, named by the proxy, because one client thread may use any of its
 * pooled connections. A plain lock may be released by anyone, as Python's {@code Lock}. A lock
 * whose holder's client is gone is released by the server ({@link #abandonedBy}).
 */
final class ServedLock extends BuiltinServed {
  private final boolean reentrant;
  private String owner;
  private int holds;

  /** Released because its holder's client went away: the next hold reports it. */
  private boolean releasedByDeath;

  /** Whether the current hold began by taking over an abandoned lock. */
  private boolean holdAbandoned;

  ServedLock(boolean reentrant) {
    this.reentrant = reentrant;
  }

  @Override
  synchronized Object call(String method, Object[] a) throws InterruptedException {
    switch (method) {
      case "acquire":
        return acquire((String) a[0], millis(a[1]));
      case "release":
        release((String) a[0]);
        return null;
      case "wasAbandoned":
        return holdAbandoned && a[0].equals(owner);
      default:
        throw unknown(method, "lock");
    }
  }

  /** Waits up to {@code timeoutMillis} (negative: forever). */
  private boolean acquire(String caller, long timeoutMillis) throws InterruptedException {
    if (reentrant && caller.equals(owner)) {
      holds++;
      return true;
    }
    if (!waitFor(timeoutMillis, () -> owner == null)) {
      return false;
    }
    owner = caller;
    holds = 1;
    holdAbandoned = releasedByDeath;
    releasedByDeath = false;
    return true;
  }

  /**
   * Releases the lock if a thread of the client {@code session} holds it, which is gone (a robust
   * lock's rule); the next holder sees {@code wasAbandoned()}. Returns whether it did.
   */
  synchronized boolean abandonedBy(String session) {
    if (!ClientSession.owns(session, owner)) {
      return false;
    }
    owner = null;
    holds = 0;
    releasedByDeath = true;
    notifyAll();
    return true;
  }

  private void release(String caller) {
    if (owner == null) {
      throw new IllegalMonitorStateException("release of an unlocked lock");
    }
    if (reentrant && !caller.equals(owner)) {
      throw new IllegalMonitorStateException("release of an RLock held by another thread");
    }
    if (--holds == 0 || !reentrant) {
      owner = null;
      holds = 0;
      notifyAll();
    }
  }

  /** Refuses a condition call from a caller that does not hold this lock (Python's RuntimeError). */
  synchronized void requireHeldBy(String caller) {
    if (!caller.equals(owner)) {
      throw new IllegalMonitorStateException(
          "this thread does not hold the condition's lock: lock it before await or signal");
    }
  }

  /** For a condition's wait: gives up every hold of {@code caller}; returns how many it had. */
  synchronized int releaseForWait(String caller) {
    requireHeldBy(caller);
    int had = holds;
    owner = null;
    holds = 0;
    notifyAll();
    return had;
  }

  /** After a condition's wait: takes the lock back for {@code caller} with the holds it had. */
  synchronized void reacquireAfterWait(String caller, int had) throws InterruptedException {
    acquire(caller, -1);
    holds = had;
  }
}
