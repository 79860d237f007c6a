package demo;

import io.github.multiproc.spi.ManagedType;
import io.github.multiproc.spi.ManagedTypeProvider;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Lists the managed types of this compilation for {@code ServiceLoader}. Listed in
 * {@code META-INF/services/io.github.multiproc.spi.ManagedTypeProvider}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class Counter_ManagedTypes implements ManagedTypeProvider {
  /**
   * Called by {@code ServiceLoader}.
   */
  public Counter_ManagedTypes() {
  }

  @Override
  public List<ManagedType<?>> managedTypes() {
    return List.of(new Counter_ManagedType());
  }
}
