package io.github.multiproc;

import io.github.multiproc.internal.queue.QueueBackend;
import io.github.multiproc.internal.queue.QueueBridge;
import io.github.multiproc.internal.queue.QueueRef;

/** Lets the queue handle codecs build and unwrap the public queue types. */
final class QueueAccess implements QueueBridge.Access {
  private QueueAccess() {}

  static void install() {
    QueueBridge.install(new QueueAccess());
  }

  @Override
  public Object wrap(QueueBackend backend) {
    switch (backend.ref().kind()) {
      case QueueRef.JOINABLE:
        return new JoinableProcessQueue<>(backend);
      case QueueRef.SIMPLE:
        return new SimpleProcessQueue<>(backend);
      default:
        return new ProcessQueue<>(backend);
    }
  }

  @Override
  public QueueBackend backendOf(Object queue) {
    if (queue instanceof ProcessQueue) {
      return ((ProcessQueue<?>) queue).backend;
    }
    if (queue instanceof SimpleProcessQueue) {
      return ((SimpleProcessQueue<?>) queue).backend;
    }
    return null;
  }
}
