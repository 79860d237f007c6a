package io.github.multiproc.internal.manager;

/** A managed event (Python's {@code manager.Event()}). */
final class ServedEvent extends BuiltinServed {
  private boolean flag;

  @Override
  synchronized Object call(String method, Object[] a) throws InterruptedException {
    switch (method) {
      case "set":
        flag = true;
        notifyAll();
        return null;
      case "clear":
        flag = false;
        return null;
      case "isSet":
        return flag;
      case "wait":
        long timeout = millis(a[0]);
        long deadline = System.nanoTime() + timeout * 1_000_000L;
        while (!flag) {
          if (timeout < 0) {
            wait();
          } else {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
              return false;
            }
            wait(left);
          }
        }
        return true;
      default:
        throw unknown(method, "event");
    }
  }
}
