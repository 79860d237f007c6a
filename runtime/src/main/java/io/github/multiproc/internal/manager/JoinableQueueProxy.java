package io.github.multiproc.internal.manager;

import io.github.multiproc.ManagedJoinableQueue;
import java.time.Duration;

/** A proxy of a managed joinable queue (Python's {@code manager.JoinableQueue()} proxy). */
final class JoinableQueueProxy<E> extends QueueProxy<E> implements ManagedJoinableQueue<E> {
  JoinableQueueProxy(ObjectHandle handle) {
    super(handle);
  }

  @Override
  public void taskDone() {
    handle.call("taskDone");
  }

  @Override
  public void join() throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    handle.call("join", -1L);
  }

  @Override
  public boolean join(Duration timeout) throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    return (Boolean) handle.call("join", Math.max(0L, timeout.toMillis()));
  }
}
