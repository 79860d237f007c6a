package io.github.multiproc.internal.pipe;

import io.github.multiproc.Connection;
import io.github.multiproc.wire.Codec;
import io.github.multiproc.wire.NullSafeCodec;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Makes pipes, and the codec that passes their ends to other processes. */
public final class PipeEnds {
  private static final Codec<Connection<Object>> CODEC = new EndCodec();

  private PipeEnds() {}

  /**
   * A new pipe's two ends; with {@code duplex} false the first only receives and the second only
   * sends, as Python's {@code Pipe(duplex=False)}.
   */
  public static <T> List<Connection<T>> newPipe(boolean duplex) {
    PipeCore core = PipeRegistry.newPipe();
    LinkConnection<T> first =
        new LinkConnection<>(
            core.end(0), true, duplex, new PipeReference("", core.id, 0, true, duplex, 0));
    LinkConnection<T> second =
        new LinkConnection<>(
            core.end(1), duplex, true, new PipeReference("", core.id, 1, duplex, true, 0));
    core.connections[0] = first;
    core.connections[1] = second;
    return List.of(first, second);
  }

  /** The codec of a pipe end passed to a worker. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <T> Codec<Connection<T>> codec() {
    return (Codec) CODEC;
  }

  /**
   * Encodes a reference to the end. Decoding it in another process attaches that process to the
   * end as one more holder (so the end stays open while some holder does: when the last one closes
   * it or dies, the peer reads the end of the stream); decoding it in the creating process gives
   * back the same object.
   */
  private static final class EndCodec extends NullSafeCodec<Connection<Object>> {
    @Override
    protected void encodeValue(WireOutput out, Connection<Object> value) {
      if (!(value instanceof LinkConnection)) {
        throw new IllegalArgumentException(
            "only an end of a Pipe (Pipe.create()) can be passed to"
                + " a worker, not a "
                + value.getClass().getName());
      }
      ((LinkConnection<Object>) value).shipReference().encode(out);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected Connection<Object> decodeValue(WireInput in) {
      PipeReference reference = PipeReference.decode(in);
      PipeCore core = PipeRegistry.local(reference);
      if (core != null) {
        core.returned(reference.index(), reference.ticket());
        return (Connection<Object>) core.connections[reference.index()];
      }
      try {
        return new LinkConnection<>(
            RemoteEnd.attach(reference), reference.readable(), reference.writable(), reference);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "could not reach the process that created this pipe: " + e.getMessage(), e);
      }
    }
  }
}
