package io.github.multiproc.internal.manager;

import io.github.multiproc.ManagedCondition;
import io.github.multiproc.wire.ProxyReference;
import io.github.multiproc.wire.WireOutput;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/**
 * A proxy of a managed condition (Python's {@code ConditionProxy}). Its {@link #lock()} is a lock
 * proxy of the same object, whose acquire and release the condition passes to its lock, so the
 * owner the server sees is this thread either way.
 */
final class ConditionProxy implements ManagedCondition, ProxyReference {
  private final ObjectHandle handle;

  ConditionProxy(ObjectHandle handle) {
    this.handle = handle;
  }

  @Override
  public Lock lock() {
    return new LockProxy(handle);
  }

  @Override
  public void await() throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    awaitUninterruptibly();
  }

  @Override
  public void awaitUninterruptibly() {
    handle.call("await", LockProxy.caller(), -1L);
  }

  @Override
  public long awaitNanos(long nanosTimeout) throws InterruptedException {
    long start = System.nanoTime();
    boolean signalled = await(nanosTimeout, TimeUnit.NANOSECONDS);
    long left = nanosTimeout - (System.nanoTime() - start);
    return signalled ? Math.max(left, 1) : Math.min(left, 0);
  }

  @Override
  public boolean await(long time, TimeUnit unit) throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    long millis = Math.max(0L, unit.toMillis(time));
    return (Boolean) handle.call("await", LockProxy.caller(), millis);
  }

  @Override
  public boolean awaitUntil(Date deadline) throws InterruptedException {
    return await(deadline.getTime() - System.currentTimeMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void signal() {
    handle.call("signal", LockProxy.caller(), 1);
  }

  @Override
  public void signalAll() {
    handle.call("signal", LockProxy.caller(), -1);
  }

  @Override
  public String toString() {
    return "<ConditionProxy " + handle.typeTag() + ">";
  }

  @Override
  public void writeReference(WireOutput out) {
    handle.writeReference(out);
  }
}
