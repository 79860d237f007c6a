package io.github.multiproc.spi;

import io.github.multiproc.wire.WireOutput;

/** Writes the arguments of one worker call; generated factories pass it as a lambda. */
@FunctionalInterface
public interface ArgumentsEncoder {
  /** Appends every argument, in parameter order, to {@code out}. */
  void encode(WireOutput out);
}
