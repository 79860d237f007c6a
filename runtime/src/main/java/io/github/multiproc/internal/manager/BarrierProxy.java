package io.github.multiproc.internal.manager;

import io.github.multiproc.ManagedBarrier;
import io.github.multiproc.wire.ProxyReference;
import io.github.multiproc.wire.WireOutput;
import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeoutException;

/** A proxy of a managed barrier (Python's {@code BarrierProxy}). */
final class BarrierProxy implements ManagedBarrier, ProxyReference {
  private final ObjectHandle handle;

  BarrierProxy(ObjectHandle handle) {
    this.handle = handle;
  }

  @Override
  public int await() throws InterruptedException, BrokenBarrierException {
    checkInterrupt();
    int index = (Integer) handle.call("await");
    if (index == ServedBarrier.TIMED_OUT) {
      BrokenBarrierException broken =
          new BrokenBarrierException("the barrier's default timeout ran out");
      broken.initCause(new TimeoutException("barrier timed out"));
      throw broken;
    }
    return checkBroken(index);
  }

  @Override
  public int await(Duration timeout)
      throws InterruptedException, BrokenBarrierException, TimeoutException {
    checkInterrupt();
    int index = (Integer) handle.call("await", Math.max(0L, timeout.toMillis()));
    if (index == ServedBarrier.TIMED_OUT) {
      throw new TimeoutException("barrier timed out after " + timeout);
    }
    return checkBroken(index);
  }

  private static void checkInterrupt() throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
  }

  private static int checkBroken(int index) throws BrokenBarrierException {
    if (index == ServedBarrier.BROKEN) {
      throw new BrokenBarrierException();
    }
    return index;
  }

  @Override
  public void abort() {
    handle.call("abort");
  }

  @Override
  public void reset() {
    handle.call("reset");
  }

  @Override
  public int parties() {
    return (Integer) handle.call("parties");
  }

  @Override
  public int numberWaiting() {
    return (Integer) handle.call("numberWaiting");
  }

  @Override
  public boolean isBroken() {
    return (Boolean) handle.call("isBroken");
  }

  @Override
  public String toString() {
    return "<BarrierProxy parties=" + parties() + " waiting=" + numberWaiting() + ">";
  }

  @Override
  public void writeReference(WireOutput out) {
    handle.writeReference(out);
  }
}
