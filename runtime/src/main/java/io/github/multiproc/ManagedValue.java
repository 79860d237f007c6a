package io.github.multiproc;

/**
 * A single value held by a {@link Manager}: Python's {@code manager.Value(typecode, value)} with
 * its {@code .value} property as {@link #get()}/{@link #set}. The value crosses with
 * {@code Codecs.OBJECT}, so it can be any value type (not only a C number as in shared memory).
 *
 * @param <T> the value's type
 */
public interface ManagedValue<T> {
  /** The current value: Python's {@code v.value}. */
  T get();

  /** Replaces the value: Python's {@code v.value = x}. */
  void set(T value);
}
