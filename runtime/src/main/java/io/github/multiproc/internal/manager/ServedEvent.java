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
        return waitFor(millis(a[0]), () -> flag);
      default:
        throw unknown(method, "event");
    }
  }
}
