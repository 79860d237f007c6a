package io.github.multiproc.testing;

import io.github.multiproc.annotation.Managed;

/**
 * A custom managed interface for the manager tests: the processor generates its manager type
 * ({@code Counter_ManagedType}, listed by {@code Counter_ManagedTypes}) from it.
 */
@Managed(implementation = CounterImpl.class)
public interface Counter {
  int increment(int by);

  int value();
}
