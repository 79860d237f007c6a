package io.github.multiproc.internal.manager;

import io.github.multiproc.ManagedEvent;
import io.github.multiproc.wire.ProxyReference;
import io.github.multiproc.wire.WireOutput;
import java.time.Duration;

/** A proxy of a managed event (Python's {@code EventProxy}). */
final class EventProxy implements ManagedEvent, ProxyReference {
  private final ObjectHandle handle;

  EventProxy(ObjectHandle handle) {
    this.handle = handle;
  }

  @Override
  public void set() {
    handle.call("set");
  }

  @Override
  public void clear() {
    handle.call("clear");
  }

  @Override
  public boolean isSet() {
    return (Boolean) handle.call("isSet");
  }

  @Override
  public void waitFor() {
    handle.call("wait", -1L);
  }

  @Override
  public boolean waitFor(Duration timeout) {
    return (Boolean) handle.call("wait", Math.max(0L, timeout.toMillis()));
  }

  @Override
  public void writeReference(WireOutput out) {
    handle.writeReference(out);
  }
}
