package io.github.multiproc.cluster.manager;

import com.hazelcast.collection.IQueue;
import io.github.multiproc.wire.ProxyReference;
import io.github.multiproc.wire.WireOutput;
import java.util.AbstractQueue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A queue kept on the cluster (Python's {@code manager.Queue()} proxy, here over a Hazelcast
 * {@code IQueue}): a {@code put} waits while a bounded queue is full, {@code offer} says whether
 * there was room, {@code poll} with a timeout returns {@code null} when none came (Python raises
 * {@code queue.Empty}). Items are stored sealed (see {@link PayloadSeal}), so a {@code null} item
 * is queued as Python's {@code None}; the methods that return an item cannot tell a queued null
 * from an empty queue, as for the local manager's queue. The iterator reads one snapshot. Waits
 * are tries without waiting, a little apart (see {@link Retries}), so they answer interrupts and
 * lose no item.
 */
final class ClusterQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, ProxyReference {
  private final ClusterHandle handle;

  ClusterQueue(ClusterHandle handle) {
    this.handle = handle;
  }

  private IQueue<byte[]> queue() {
    return handle.instance().getQueue(handle.name());
  }

  @Override
  public boolean offer(E item) {
    return queue().offer(handle.seal(item));
  }

  @Override
  public boolean offer(E item, long timeout, TimeUnit unit) throws InterruptedException {
    byte[] sealed = handle.seal(item);
    return Retries.until(() -> offerOnce(sealed), Retries.deadline(timeout, unit)) != null;
  }

  @Override
  public void put(E item) throws InterruptedException {
    byte[] sealed = handle.seal(item);
    Retries.untilDone(() -> offerOnce(sealed));
  }

  /** One offer without waiting (see {@link Retries} for why waits are not Hazelcast's). */
  private Boolean offerOnce(byte[] sealed) {
    return Retries.successOrNull(queue().offer(sealed));
  }

  @Override
  public E poll() {
    return handle.open(queue().poll());
  }

  @Override
  public E poll(long timeout, TimeUnit unit) throws InterruptedException {
    return handle.open(Retries.until(queue()::poll, Retries.deadline(timeout, unit)));
  }

  @Override
  public E take() throws InterruptedException {
    return handle.open(Retries.untilDone(queue()::poll));
  }

  @Override
  public E peek() {
    return handle.open(queue().peek());
  }

  @Override
  public int size() {
    return queue().size();
  }

  @Override
  public int remainingCapacity() {
    return queue().remainingCapacity();
  }

  @Override
  public void clear() {
    queue().clear();
  }

  @Override
  public Iterator<E> iterator() {
    List<E> items = new ArrayList<>();
    for (byte[] sealed : queue().toArray(new byte[0][])) {
      items.add(handle.open(sealed));
    }
    return Collections.unmodifiableList(items).iterator();
  }

  @Override
  public int drainTo(Collection<? super E> sink) {
    return drainTo(sink, Integer.MAX_VALUE);
  }

  @Override
  public int drainTo(Collection<? super E> sink, int maxElements) {
    List<byte[]> drained = new ArrayList<>();
    int count = queue().drainTo(drained, maxElements);
    for (byte[] sealed : drained) {
      sink.add(handle.open(sealed));
    }
    return count;
  }

  @Override
  public void writeReference(WireOutput out) {
    handle.writeReference(out);
  }
}
