package io.github.multiproc.internal.manager;

import io.github.multiproc.ManagedSemaphore;
import io.github.multiproc.wire.ProxyReference;
import io.github.multiproc.wire.WireOutput;
import java.util.concurrent.TimeUnit;

/** A proxy of a managed semaphore (Python's {@code AcquirerProxy} of a {@code Semaphore}). */
final class SemaphoreProxy implements ManagedSemaphore, ProxyReference {
  private final ObjectHandle handle;

  SemaphoreProxy(ObjectHandle handle) {
    this.handle = handle;
  }

  @Override
  public void acquire() throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    handle.call("acquire", -1L);
  }

  @Override
  public boolean tryAcquire() {
    return (Boolean) handle.call("acquire", 0L);
  }

  @Override
  public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    return (Boolean) handle.call("acquire", Math.max(0L, unit.toMillis(timeout)));
  }

  @Override
  public void release() {
    handle.call("release");
  }

  @Override
  public int availablePermits() {
    return (Integer) handle.call("availablePermits");
  }

  @Override
  public String toString() {
    return "<AcquirerProxy " + handle.typeTag() + " value=" + availablePermits() + ">";
  }

  @Override
  public void writeReference(WireOutput out) {
    handle.writeReference(out);
  }
}
