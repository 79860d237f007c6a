package io.github.multiproc.internal.manager;

import io.github.multiproc.spi.ProxyReference;
import io.github.multiproc.spi.WireOutput;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;

/**
 * A proxy of a managed list (Python's {@code ListProxy}). Each method is one atomic call in the
 * manager ({@link #add(Object)} is Python's {@code append}); iteration walks a snapshot.
 */
final class ListProxy<E> extends AbstractList<E> implements RandomAccess, ProxyReference {
  private final ObjectHandle handle;

  ListProxy(ObjectHandle handle) {
    this.handle = handle;
  }

  @Override
  public E get(int index) {
    return handle.call("get", index);
  }

  @Override
  public E set(int index, E element) {
    return handle.call("set", index, element);
  }

  @Override
  public boolean add(E element) {
    return handle.<Boolean>call("append", element);
  }

  @Override
  public void add(int index, E element) {
    handle.call("insert", index, element);
  }

  @Override
  public E remove(int index) {
    return handle.call("removeAt", index);
  }

  @Override
  public boolean remove(Object element) {
    return handle.<Boolean>call("remove", element);
  }

  @Override
  public boolean addAll(Collection<? extends E> items) {
    return handle.<Boolean>call("extend", new ArrayList<>(items));
  }

  @Override
  public int size() {
    return handle.<Integer>call("size");
  }

  @Override
  public int indexOf(Object element) {
    return handle.<Integer>call("indexOf", element);
  }

  @Override
  public boolean contains(Object element) {
    return handle.<Boolean>call("contains", element);
  }

  @Override
  public void clear() {
    handle.call("clear");
  }

  /** A snapshot of the list (Python's {@code l[:]}). */
  List<E> copy() {
    return handle.call("copy");
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
    return other == this || (other instanceof List<?> && copy().equals(other));
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
