package io.github.multiproc.internal.manager;

import io.github.multiproc.wire.ProxyReference;
import io.github.multiproc.wire.WireOutput;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/**
 * A proxy of a managed list (Python's {@code ListProxy}). Each method is one atomic call in the
 * manager ({@link #add(Object)} is Python's {@code append}). Iteration reads the live list one
 * element per call, as Python's iteration over the proxy does, so it sees writes made meanwhile by
 * any process; {@link #toArray()}, {@code new ArrayList<>(list)} and {@link #toString()} take a
 * snapshot in one call (Python's {@code l[:]}).
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

  /** Python's {@code iter(l)}: see {@link LiveIterator}. */
  @Override
  public Iterator<E> iterator() {
    return new LiveIterator();
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

  /**
   * Python's iteration over a sequence: {@code l[0]}, {@code l[1]}, ... until the list has no
   * such index, each element read from the manager when it is reached (nothing is read when the
   * iterator is made), so a write made meanwhile shows. Once the end is reached it stays ended, as
   * Python's iterator does.
   */
  private final class LiveIterator implements Iterator<E> {
    private int index;

    /** The element read ahead by {@link #hasNext()} (a list of one: elements may be null). */
    private List<E> ahead;

    private boolean ended;

    @Override
    public boolean hasNext() {
      if (ahead == null && !ended) {
        ahead = handle.call("slice", index, index + 1);
        ended = ahead.isEmpty();
      }
      return !ended;
    }

    @Override
    public E next() {
      if (!hasNext()) {
        throw new NoSuchElementException("the managed list has no element " + index);
      }
      E element = ahead.get(0);
      ahead = null;
      index++;
      return element;
    }
  }
}
