package demo;

import io.github.multiproc.wire.CodecProvider;
import javax.annotation.processing.Generated;

/**
 * Registers the types of {@link Shapes_Codecs} so they can travel as an {@code Object} in any
 * JVM of the program. Listed in {@code META-INF/services/io.github.multiproc.wire.CodecProvider}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class Shapes_CodecsProvider implements CodecProvider {
  /**
   * Called by {@code ServiceLoader}.
   */
  public Shapes_CodecsProvider() {
  }

  @Override
  public void registerCodecs() {
    Shapes_Codecs.registerTypes();
  }
}
