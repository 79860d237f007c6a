package demo;

import io.github.multiproc.PoolTask;
import io.github.multiproc.spi.TaskProvider;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Lists the pool tasks of {@link Bumper} for {@code ServiceLoader} in a pool worker. Listed in
 * {@code META-INF/services/io.github.multiproc.spi.TaskProvider}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class Bumper_TaskProvider implements TaskProvider {
  /**
   * Called by {@code ServiceLoader}.
   */
  public Bumper_TaskProvider() {
  }

  @Override
  public List<PoolTask<?, ?>> tasks() {
    return List.of(BumperTasks.record);
  }
}
