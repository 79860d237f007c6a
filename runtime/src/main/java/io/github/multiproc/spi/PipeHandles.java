package io.github.multiproc.spi;

import io.github.multiproc.Connection;
import io.github.multiproc.internal.pipe.PipeEnds;
import io.github.multiproc.wire.Codec;
import io.github.multiproc.wire.Codecs;

/**
 * The codec of a pipe end ({@link Connection}) passed to a worker: it travels as a reference to the
 * pipe in the process that created it (that process's hub socket, the pipe's id, which end), never
 * as bytes in flight. The receiving process attaches to the end as it decodes the argument, as one
 * more of its holders (several processes may hold and use one end). Messages always travel as
 * {@link Codecs#OBJECT}.
 */
public final class PipeHandles {
  private PipeHandles() {}

  /**
   * The codec for a {@code Connection<T>} parameter; encoding anything but a pipe end (for example
   * a Listener/Client connection) throws {@link IllegalArgumentException}.
   */
  public static <T> Codec<Connection<T>> connection() {
    return PipeEnds.codec();
  }
}
