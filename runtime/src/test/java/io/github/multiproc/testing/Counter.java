package io.github.multiproc.testing;

/** A custom managed interface for manager tests (what {@code @Managed} would mark). */
public interface Counter {
  int increment(int by);

  int value();
}
