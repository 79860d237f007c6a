package io.github.multiproc.internal.manager;

import java.util.ArrayDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A managed condition (Python's {@code manager.Condition(lock)}) over a {@link ServedLock} of the
 * same manager; {@code acquire}/{@code release} on the condition are its lock's. A waiter queues
 * itself while it still holds the lock, and a signaller must hold the lock, so no signal is lost
 * between the two.
 */
final class ServedCondition extends BuiltinServed {
  private final ServedLock lock;

  /** One latch per waiting call, oldest first; guarded by this object's monitor. */
  private final ArrayDeque<CountDownLatch> waiters = new ArrayDeque<>();

  ServedCondition(ServedLock lock) {
    this.lock = lock;
  }

  /** The lock a condition made on this one shares (Python: {@code Condition(cond._lock)}). */
  ServedLock lock() {
    return lock;
  }

  @Override
  Object call(String method, Object[] a) throws InterruptedException {
    switch (method) {
      case "acquire":
      case "release":
        return lock.call(method, a);
      case "await":
        return await((String) a[0], millis(a[1]));
      case "signal":
        signal((String) a[0], (Integer) a[1]);
        return null;
      default:
        throw unknown(method, "condition");
    }
  }

  /** Waits for a signal up to {@code timeoutMillis} (negative: forever); whether signalled. */
  private boolean await(String caller, long timeoutMillis) throws InterruptedException {
    CountDownLatch signal = new CountDownLatch(1);
    lock.requireHeldBy(caller);
    synchronized (this) {
      waiters.add(signal);
    }
    int holds;
    try {
      holds = lock.releaseForWait(caller);
    } catch (IllegalMonitorStateException e) {
      forget(signal); // a plain lock another thread released meanwhile
      throw e;
    }
    try {
      if (timeoutMillis < 0) {
        signal.await();
      } else {
        signal.await(timeoutMillis, TimeUnit.MILLISECONDS);
      }
    } finally {
      lock.reacquireAfterWait(caller, holds);
    }
    // A signal that came as the time ran out still counts: it took this waiter off the queue.
    return !forget(signal);
  }

  /** Takes {@code signal} off the queue; whether it was still there (not signalled). */
  private synchronized boolean forget(CountDownLatch signal) {
    return waiters.remove(signal);
  }

  /** Wakes {@code count} waiters, oldest first (negative: all). */
  private void signal(String caller, int count) {
    lock.requireHeldBy(caller);
    synchronized (this) {
      for (int i = 0; (count < 0 || i < count) && !waiters.isEmpty(); i++) {
        waiters.poll().countDown();
      }
    }
  }
}
