package io.github.multiproc.internal.manager;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A managed semaphore (Python's {@code manager.Semaphore()} / {@code BoundedSemaphore()}): a
 * {@link Semaphore} in the server, which is thread-safe itself, so an acquire blocked on one
 * connection never stops a release on another.
 */
final class ServedSemaphore extends BuiltinServed {
  private final Semaphore permits;

  /** The highest count a bounded semaphore may reach; 0 for an unbounded one. */
  private final int bound;

  ServedSemaphore(Object initial, boolean bounded) {
    int count = (Integer) initial;
    if (count < 0) {
      throw new IllegalArgumentException("a semaphore's initial value must be >= 0, not " + count);
    }
    this.permits = new Semaphore(count);
    this.bound = bounded ? count : 0;
  }

  @Override
  Object call(String method, Object[] a) throws InterruptedException {
    switch (method) {
      case "acquire":
        long timeout = millis(a[0]);
        if (timeout < 0) {
          permits.acquire();
          return true;
        }
        return permits.tryAcquire(timeout, TimeUnit.MILLISECONDS);
      case "release":
        release();
        return null;
      case "availablePermits":
        return permits.availablePermits();
      default:
        throw unknown(method, "semaphore");
    }
  }

  private void release() {
    if (bound == 0) {
      permits.release();
      return;
    }
    // Releases check and add under one monitor; an acquire meanwhile only lowers the count.
    synchronized (this) {
      if (permits.availablePermits() >= bound) {
        throw new IllegalStateException(
            "semaphore released too many times: all " + bound + " permits are already free");
      }
      permits.release();
    }
  }
}
