package demo;

import io.github.multiproc.wire.CodecProvider;
import javax.annotation.processing.Generated;

/**
 * Registers the types of {@link Mixed_Codecs} so they can travel as an {@code Object} in any
 * JVM of the program. Listed in {@code META-INF/services/io.github.multiproc.wire.CodecProvider}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class Mixed_CodecsProvider implements CodecProvider {
  /**
   * Called by {@code ServiceLoader}.
   */
  public Mixed_CodecsProvider() {
  }

  @Override
  public void registerCodecs() {
    Mixed_Codecs.registerTypes();
  }
}
