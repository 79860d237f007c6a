package io.github.multiproc.internal.manager;

/**
 * A managed joinable queue (Python's {@code manager.JoinableQueue(maxsize)}): a {@link ServedQueue}
 * and the count of unfinished tasks. A put counts its task before the item is visible, so a
 * consumer's {@code taskDone()} never finds the count short.
 */
final class ServedJoinableQueue extends BuiltinServed {
  private final ServedQueue queue;

  /** Items put and not yet marked done; guarded by this object's monitor. */
  private int unfinished;

  ServedJoinableQueue(Object maxSize) {
    this.queue = new ServedQueue(maxSize);
  }

  @Override
  Object call(String method, Object[] a) throws Throwable {
    switch (method) {
      case "put":
      case "offer":
        return put(method, a);
      case "taskDone":
        taskDone();
        return null;
      case "join":
        synchronized (this) {
          return waitFor(millis(a[0]), () -> unfinished == 0);
        }
      default:
        return queue.call(method, a);
    }
  }

  private Object put(String method, Object[] a) throws Throwable {
    synchronized (this) {
      unfinished++;
    }
    Object answer;
    try {
      answer = queue.call(method, a);
    } catch (Throwable e) {
      finished();
      throw e;
    }
    if (Boolean.FALSE.equals(answer)) {
      finished(); // an offer that found the queue full put nothing
    }
    return answer;
  }

  private synchronized void taskDone() {
    if (unfinished <= 0) {
      throw new IllegalStateException(
          "taskDone() called more times than items were put (Python: task_done() called too many"
              + " times)");
    }
    finished();
  }

  private synchronized void finished() {
    if (--unfinished == 0) {
      notifyAll();
    }
  }
}
