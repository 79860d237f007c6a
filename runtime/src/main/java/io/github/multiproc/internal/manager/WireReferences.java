package io.github.multiproc.internal.manager;

import io.github.multiproc.Connection;
import io.github.multiproc.internal.pipe.PipeEnds;
import io.github.multiproc.wire.References;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;

/**
 * The runtime's {@link References}: manager proxies through {@link ProxyReferences}, pipe ends
 * through {@link PipeEnds}. Found by the codecs with {@link java.util.ServiceLoader}, which is why
 * it is public; runs in every process that sends or receives such a reference.
 */
public final class WireReferences implements References {
  /** For {@link java.util.ServiceLoader}. */
  public WireReferences() {}

  @Override
  public Object readProxy(WireInput in) {
    return ProxyReferences.read(in);
  }

  @Override
  public boolean isPipeEnd(Object value) {
    return value instanceof Connection<?>;
  }

  @Override
  @SuppressWarnings("unchecked") // isPipeEnd held; the codec writes any end the same way
  public void writePipeEnd(WireOutput out, Object end) {
    PipeEnds.<Object>codec().encode(out, (Connection<Object>) end);
  }

  @Override
  public Object readPipeEnd(WireInput in) {
    return PipeEnds.codec().decode(in);
  }
}
