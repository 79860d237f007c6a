package io.github.multiproc.testing;

import io.github.multiproc.annotation.Shared;

/**
 * A custom shared interface for the manager tests: the processor generates its manager type
 * ({@code Counter_SharedType}, listed by {@code Counter_SharedTypes}) from it.
 */
@Shared(implementation = CounterImpl.class)
public interface Counter {
  int increment(int by);

  int value();
}
