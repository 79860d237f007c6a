package io.github.multiproc.cluster.manager;

import com.hazelcast.collection.IList;
import io.github.multiproc.wire.ProxyReference;
import io.github.multiproc.wire.WireOutput;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;

/**
 * A list kept on the cluster (Python's {@code ListProxy}, here over a Hazelcast {@code IList}):
 * each method is one atomic {@code IList} call; items are stored sealed (see {@link PayloadSeal}),
 * so {@code indexOf}, {@code contains} and {@code remove(Object)} compare items as their
 * encodings. Iterators, {@code toArray()}, {@code equals} and {@code toString()} read one snapshot.
 */
final class ClusterList<E> extends AbstractList<E> implements RandomAccess, ProxyReference {
  private final ClusterHandle handle;

  ClusterList(ClusterHandle handle) {
    this.handle = handle;
  }

  private IList<byte[]> list() {
    return handle.instance().getList(handle.name());
  }

  @Override
  public E get(int index) {
    return handle.open(list().get(index));
  }

  @Override
  public E set(int index, E element) {
    return handle.open(list().set(index, handle.seal(element)));
  }

  @Override
  public boolean add(E element) {
    return list().add(handle.seal(element));
  }

  @Override
  public void add(int index, E element) {
    list().add(index, handle.seal(element));
  }

  @Override
  public E remove(int index) {
    return handle.open(list().remove(index));
  }

  @Override
  public boolean remove(Object element) {
    return list().remove(handle.seal(element));
  }

  @Override
  public boolean addAll(Collection<? extends E> items) {
    return list().addAll(sealAll(items));
  }

  @Override
  public boolean addAll(int index, Collection<? extends E> items) {
    return list().addAll(index, sealAll(items));
  }

  private List<byte[]> sealAll(Collection<?> items) {
    List<byte[]> sealed = new ArrayList<>(items.size());
    for (Object item : items) {
      sealed.add(handle.seal(item));
    }
    return sealed;
  }

  @Override
  public int size() {
    return list().size();
  }

  @Override
  public int indexOf(Object element) {
    return list().indexOf(handle.seal(element));
  }

  @Override
  public int lastIndexOf(Object element) {
    return list().lastIndexOf(handle.seal(element));
  }

  @Override
  public boolean contains(Object element) {
    return list().contains(handle.seal(element));
  }

  @Override
  public void clear() {
    list().clear();
  }

  /** One snapshot of the items (Python's {@code l[:]}). */
  List<E> copy() {
    List<E> items = new ArrayList<>();
    for (byte[] sealed : list().toArray(new byte[0][])) {
      items.add(handle.open(sealed));
    }
    return items;
  }

  @Override
  public Iterator<E> iterator() {
    return Collections.unmodifiableList(copy()).iterator();
  }

  @Override
  public Object[] toArray() {
    return copy().toArray();
  }

  @Override
  public <T> T[] toArray(T[] array) {
    return copy().toArray(array);
  }

  @Override
  public boolean equals(Object other) {
    return other == this || copy().equals(other);
  }

  @Override
  public int hashCode() {
    return copy().hashCode();
  }

  @Override
  public String toString() {
    return copy().toString();
  }

  @Override
  public void writeReference(WireOutput out) {
    handle.writeReference(out);
  }
}
