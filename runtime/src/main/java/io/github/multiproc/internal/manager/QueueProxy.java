package io.github.multiproc.internal.manager;

import io.github.multiproc.wire.ProxyReference;
import io.github.multiproc.wire.WireOutput;
import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** A proxy of a managed queue (Python's {@code manager.Queue()} proxy). */
class QueueProxy<E> extends AbstractQueue<E> implements BlockingQueue<E>, ProxyReference {
  final ObjectHandle handle;

  QueueProxy(ObjectHandle handle) {
    this.handle = handle;
  }

  @SuppressWarnings("unchecked")
  private E unwrap(Object answer) {
    List<Object> items = (List<Object>) answer;
    return items.isEmpty() ? null : (E) items.get(0);
  }

  @Override
  public boolean offer(E item) {
    return (Boolean) handle.call("offer", item);
  }

  @Override
  public boolean offer(E item, long timeout, TimeUnit unit) {
    return (Boolean) handle.call("offer", item, unit.toMillis(timeout));
  }

  @Override
  public void put(E item) {
    handle.call("put", item);
  }

  @Override
  public E poll() {
    return unwrap(handle.call("poll"));
  }

  @Override
  public E poll(long timeout, TimeUnit unit) {
    return unwrap(handle.call("poll", unit.toMillis(timeout)));
  }

  @Override
  public E take() {
    return unwrap(handle.call("take"));
  }

  @Override
  public E peek() {
    return unwrap(handle.call("peek"));
  }

  @Override
  public int size() {
    return (Integer) handle.call("size");
  }

  @Override
  public int remainingCapacity() {
    return (Integer) handle.call("remainingCapacity");
  }

  @SuppressWarnings("unchecked")
  @Override
  public Iterator<E> iterator() {
    return Collections.unmodifiableList((List<E>) handle.call("copy")).iterator();
  }

  @Override
  public int drainTo(Collection<? super E> sink) {
    return drainTo(sink, Integer.MAX_VALUE);
  }

  @Override
  public int drainTo(Collection<? super E> sink, int maxElements) {
    int n = 0;
    E item;
    while (n < maxElements && (item = poll()) != null) {
      sink.add(item);
      n++;
    }
    return n;
  }

  @Override
  public void writeReference(WireOutput out) {
    handle.writeReference(out);
  }
}
