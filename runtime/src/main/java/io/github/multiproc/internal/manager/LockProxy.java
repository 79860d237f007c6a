package io.github.multiproc.internal.manager;

import io.github.multiproc.ManagedCondition;
import io.github.multiproc.ManagedLock;
import io.github.multiproc.wire.ProxyReference;
import io.github.multiproc.wire.WireOutput;
import java.util.concurrent.TimeUnit;

/**
 * A proxy of a managed {@code Lock} or {@code RLock} (Python's {@code AcquirerProxy}). The owner
 * sent with each call is this process's client session and thread, so an RLock is reentrant per
 * thread anywhere, and the server knows whose locks to release when a client is gone.
 */
final class LockProxy implements ManagedLock, ProxyReference {
  private final ObjectHandle handle;

  LockProxy(ObjectHandle handle) {
    this.handle = handle;
  }

  /** Who the manager sees as the owner: this client session's thread. */
  static String caller() {
    return ClientSession.currentThread();
  }

  @Override
  public void lock() {
    handle.call("acquire", caller(), -1L);
  }

  @Override
  public void lockInterruptibly() throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    lock();
  }

  @Override
  public boolean tryLock() {
    return (Boolean) handle.call("acquire", caller(), 0L);
  }

  @Override
  public boolean tryLock(long time, TimeUnit unit) {
    return (Boolean) handle.call("acquire", caller(), Math.max(0L, unit.toMillis(time)));
  }

  @Override
  public void unlock() {
    handle.call("release", caller());
  }

  @Override
  public boolean wasAbandoned() {
    return (Boolean) handle.call("wasAbandoned", caller());
  }

  /**
   * A new condition held by the same manager and bound to this lock: Python's
   * {@code manager.Condition(lock)}.
   */
  @Override
  public ManagedCondition newCondition() {
    return new ConditionProxy(handle.createSibling(TypeIds.CONDITION, handle.id()));
  }

  /** Whether this lock is held by the manager {@code endpoint} reaches. */
  boolean heldBy(Endpoint endpoint) {
    return handle.endpoint() == endpoint;
  }

  @Override
  public String toString() {
    return "<AcquirerProxy " + handle.typeTag() + ">";
  }

  @Override
  public void writeReference(WireOutput out) {
    handle.writeReference(out);
  }
}
