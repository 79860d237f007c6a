package io.github.multiproc.internal.shm;

import io.github.multiproc.wire.CorruptDataException;
import io.github.multiproc.wire.NullSafeCodec;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;

/**
 * The codec of a shared-memory handle: the segment's name, never the state; decoding maps the
 * same segment in the receiving process.
 *
 * <p>Each handle type's codec is a small subclass, not a pair of lambdas: a child that decodes a
 * lock would otherwise link {@code java.lang.invoke} and spin a lambda class for every handle codec
 * (a noticeable part of its start, as {@code -Xlog:class+load} shows).
 *
 * @param <T> the handle type
 */
public abstract class HandleCodec<T> extends NullSafeCodec<T> {
  private final Class<T> type;

  protected HandleCodec(Class<T> type) {
    this.type = type;
  }

  /** The name of {@code value}'s segment. */
  protected abstract String nameOf(T value);

  /** Maps the segment named {@code name} in this process. */
  protected abstract T attach(String name);

  @Override
  protected void encodeValue(WireOutput out, T value) {
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(
          value.getClass().getName()
              + " cannot be passed to"
              + " another process: create a "
              + type.getSimpleName()
              + " instead");
    }
    out.writeString(nameOf(value));
  }

  @Override
  protected T decodeValue(WireInput in) {
    String segment = in.readString();
    try {
      Segments.checkName(segment);
    } catch (IllegalArgumentException e) {
      throw new CorruptDataException(
          "bad shared segment name in a " + type.getSimpleName() + " handle: " + e.getMessage());
    }
    return attach(segment);
  }
}
