package demo;

import io.github.multiproc.wire.CodecProvider;
import javax.annotation.processing.Generated;

/**
 * Registers the types of {@link Counter_ManagedCodecs} so they can travel as an {@code Object} in any
 * JVM of the program. Listed in {@code META-INF/services/io.github.multiproc.wire.CodecProvider}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class Counter_ManagedCodecsProvider implements CodecProvider {
  /**
   * Called by {@code ServiceLoader}.
   */
  public Counter_ManagedCodecsProvider() {
  }

  @Override
  public void registerCodecs() {
    Counter_ManagedCodecs.registerTypes();
  }
}
