package io.github.multiproc.wire;

import java.util.ServiceLoader;

/**
 * The values that cross as references to an object some process serves, not as copies: a proxy
 * of a manager-held object (Python's {@code RebuildProxy}) and a pipe end (Python's resource
 * sharer). The runtime's manager and pipe layers build them, above this one, so the codecs reach
 * them through this interface: the runtime provides one implementation ({@code META-INF/services}
 * on the class path, {@code provides} in its module descriptor), loaded on the first such value.
 * Runs in every process that sends or receives.
 */
public interface References {
  /** Reads what {@link io.github.multiproc.wire.ProxyReference#writeReference} wrote: a proxy. */
  Object readProxy(WireInput in);

  /** Whether {@code value} is a pipe end ({@code Connection}), which crosses as a reference. */
  boolean isPipeEnd(Object value);

  /** Writes a reference to the pipe end {@code end}, one for which {@link #isPipeEnd} holds. */
  void writePipeEnd(WireOutput out, Object end);

  /** Reads what {@link #writePipeEnd} wrote: the same end, or one more holder of it. */
  Object readPipeEnd(WireInput in);

  /** The runtime's implementation. */
  static References runtime() {
    return Loaded.INSTANCE;
  }

  /** Loads the implementation once, when the first reference crosses (a holder class). */
  final class Loaded {
    private Loaded() {}

    static final References INSTANCE =
        ServiceLoader.load(References.class, References.class.getClassLoader())
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no "
                            + References.class.getName()
                            + " provider: the multiproc runtime jar is"
                            + " incomplete (its META-INF/services entry or module descriptor is missing)"));
  }
}
