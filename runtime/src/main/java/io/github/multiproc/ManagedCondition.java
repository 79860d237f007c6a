package io.github.multiproc;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * A condition held by a {@link Manager}: Python's {@code manager.Condition(lock=None)}, a
 * {@link Condition} across processes. Python's {@code with cond:} is {@code cond.lock().lock()}
 * ... {@code unlock()}; {@code wait()} is {@link #await()}, {@code notify()} {@link #signal()},
 * {@code notify_all()} {@link #signalAll()}. As in Python, waiting or signalling without holding
 * the lock throws {@link IllegalMonitorStateException} (Python's {@code RuntimeError}).
 */
public interface ManagedCondition extends Condition {
  /** The manager lock this condition waits with: Python's {@code acquire()}/{@code release()}. */
  Lock lock();
}
