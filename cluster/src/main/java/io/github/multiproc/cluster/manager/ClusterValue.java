package io.github.multiproc.cluster.manager;

import io.github.multiproc.ManagedValue;
import java.util.function.UnaryOperator;

/**
 * A single value kept on the cluster: Python's {@code manager.Value(typecode, value)}, a
 * {@link ManagedValue} that a worker declaring {@code ManagedValue<T>} uses unchanged. It adds
 * atomic updates, which Python does with {@code with lock: v.value += 1}: each runs as a
 * compare-and-set on the member that owns the value, retried while another process changed it.
 *
 * @param <T> the value's type
 */
public interface ClusterValue<T> extends ManagedValue<T> {
  /**
   * Sets the value to {@code update} if it is {@code expected}, compared as their encodings
   * (equal for equal numbers, strings, records of such).
   *
   * @return whether the value was {@code expected} and is now {@code update}
   */
  boolean compareAndSet(T expected, T update);

  /**
   * Replaces the value with {@code update} applied to it, atomically: {@code update} runs in this
   * process and may run again when another process changed the value meanwhile, so it must be
   * free of side effects.
   *
   * @return the new value
   */
  T updateAndGet(UnaryOperator<T> update);
}
