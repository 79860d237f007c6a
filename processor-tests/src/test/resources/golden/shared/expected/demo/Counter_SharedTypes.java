package demo;

import io.github.multiproc.spi.SharedType;
import io.github.multiproc.spi.SharedTypeProvider;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Lists the shared types of this compilation for {@code ServiceLoader}. Listed in
 * {@code META-INF/services/io.github.multiproc.spi.SharedTypeProvider}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class Counter_SharedTypes implements SharedTypeProvider {
  /**
   * Called by {@code ServiceLoader}.
   */
  public Counter_SharedTypes() {
  }

  @Override
  public List<SharedType<?>> sharedTypes() {
    return List.of(new Counter_SharedType());
  }
}
