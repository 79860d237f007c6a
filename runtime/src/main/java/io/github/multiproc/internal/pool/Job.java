package io.github.multiproc.internal.pool;

/** The receiver of one submission's outcomes, item by item (index in argument order). */
interface Job {
  void accept(int index, Object value);

  void fail(int index, Throwable failure);

  /** Whether the remaining chunks need not run (the result was cancelled or already failed). */
  boolean abandoned();
}
