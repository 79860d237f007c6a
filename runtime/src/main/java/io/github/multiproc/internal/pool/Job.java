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

  /** Every item of a chunk, {@code count} from {@code first} on, failed with {@code failure}. */
  default void failChunk(int first, int count, Throwable failure) {
    for (int i = 0; i < count; i++) {
      fail(first + i, failure);
    }
  }

  /**
   * Whether this job takes a chunk's outcomes as the bytes its worker wrote ({@link ChunkResults}'
   * format) rather than decoded: a {@code ChunkRunner}'s, which passes them on as they are.
   */
  default boolean wantsEncodedResults() {
    return false;
  }

  /** The outcomes of the chunk from {@code first} on, as bytes; see {@link #wantsEncodedResults}. */
  default void acceptEncoded(int first, byte[] results) {
    throw new UnsupportedOperationException("this job takes decoded results");
  }

  /** Whether the remaining chunks need not run (the result was cancelled or already failed). */
  boolean abandoned();
}
