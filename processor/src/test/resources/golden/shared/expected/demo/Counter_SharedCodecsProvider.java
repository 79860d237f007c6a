package demo;

import io.github.multiproc.wire.CodecProvider;
import javax.annotation.processing.Generated;

/**
 * Registers the types of {@link Counter_SharedCodecs} so they can travel as an {@code Object} in any
 * JVM of the program. Listed in {@code META-INF/services/io.github.multiproc.wire.CodecProvider}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class Counter_SharedCodecsProvider implements CodecProvider {
  /**
   * Called by {@code ServiceLoader}.
   */
  public Counter_SharedCodecsProvider() {
  }

  @Override
  public void registerCodecs() {
    Counter_SharedCodecs.registerTypes();
  }
}
