package io.github.multiproc.testing;

/** A custom shared interface for manager tests (what {@code @Shared} would mark). */
public interface Counter {
  int increment(int by);

  int value();
}
