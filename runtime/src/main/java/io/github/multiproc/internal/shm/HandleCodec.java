package io.github.multiproc.internal.shm;

import io.github.multiproc.spi.CorruptDataException;
import io.github.multiproc.spi.NullSafeCodec;
import io.github.multiproc.spi.WireInput;
import io.github.multiproc.spi.WireOutput;
import java.util.function.Function;

/**
 * The codec of a shared-memory handle: the segment's name, never the state; decoding maps the
 * same segment in the receiving process.
 *
 * @param <T> the handle type
 */
public final class HandleCodec<T> extends NullSafeCodec<T> {
  private final Class<T> type;
  private final Function<T, String> name;
  private final Function<String, T> attach;

  public HandleCodec(Class<T> type, Function<T, String> name, Function<String, T> attach) {
    this.type = type;
    this.name = name;
    this.attach = attach;
  }

  @Override
  protected void encodeValue(WireOutput out, T value) {
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(value.getClass().getName() + " cannot be passed to"
          + " another process: create a " + type.getSimpleName() + " instead");
    }
    out.writeString(name.apply(value));
  }

  @Override
  protected T decodeValue(WireInput in) {
    String segment = in.readString();
    try {
      Segments.checkName(segment);
    } catch (IllegalArgumentException e) {
      throw new CorruptDataException("bad shared segment name in a " + type.getSimpleName()
          + " handle: " + e.getMessage());
    }
    return attach.apply(segment);
  }
}
