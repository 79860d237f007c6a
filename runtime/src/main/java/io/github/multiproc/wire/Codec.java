package io.github.multiproc.wire;

/**
 * Turns values of one type into bytes and back: what {@code pickle} does for Python's
 * multiprocessing, generated at compile time for a closed set of types instead.
 *
 * <p>A codec for a reference type accepts {@code null} and decodes it as {@code null}; extend
 * {@link NullSafeCodec} to get that for free. Decoding never instantiates a class named by the
 * bytes: each codec knows its type, so bytes from a peer cannot choose what gets built.
 *
 * @param <T> the type encoded
 */
public interface Codec<T> {
  /** Appends {@code value} to {@code out}. */
  void encode(WireOutput out, T value);

  /**
   * Reads one value written by {@link #encode}.
   *
   * @throws CorruptDataException if the bytes are not a value of this type
   */
  T decode(WireInput in);
}
