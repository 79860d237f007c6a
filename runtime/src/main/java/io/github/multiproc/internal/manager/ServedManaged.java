package io.github.multiproc.internal.manager;

import io.github.multiproc.spi.ManagedType;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;

/** An object of a {@code @Managed} interface, run through its generated dispatcher. */
final class ServedManaged<T> implements Served {
  private final ManagedType<T> type;
  private final T target;

  ServedManaged(ManagedType<T> type) {
    this.type = type;
    this.target = type.newInstance();
  }

  @Override
  public void call(String method, WireInput arguments, WireOutput result) throws Throwable {
    // One call at a time, as Python's manager serializes access to a plain referent's methods
    // only by the GIL; a lock per object makes each call atomic.
    synchronized (this) {
      type.dispatch(target, method, arguments, result);
    }
  }
}
