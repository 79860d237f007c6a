package io.github.multiproc.internal.pool;

/**
 * The receiver of one submission's outcomes, item by item: the index is the item's place in the
 * arguments, or for an imap its slot in the {@link ResultStream}'s ring.
 */
interface Job {
  void accept(int index, Object value);

  /** Accepts {@code values} as the outcomes of the items from {@code first} on. */
  default void acceptAll(int first, Object[] values) {
    for (int i = 0; i < values.length; i++) {
      accept(first + i, values[i]);
    }
  }

  void fail(int index, Throwable failure);

  /** Whether the remaining chunks need not run (the result was cancelled or already failed). */
  boolean abandoned();
}
