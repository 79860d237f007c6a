package io.github.multiproc.testing;

import io.github.multiproc.PoolTask;
import io.github.multiproc.spi.TaskProvider;
import java.util.List;

/** Hand-written in the shape of the processor's generated provider. */
public final class PoolTestTasks_TaskProvider implements TaskProvider {
  public PoolTestTasks_TaskProvider() {}

  @Override
  public List<PoolTask<?, ?>> tasks() {
    return List.of(PoolTestTasks.square, PoolTestTasks.add, PoolTestTasks.fail,
        PoolTestTasks.exit, PoolTestTasks.halt, PoolTestTasks.oom, PoolTestTasks.sleep,
        PoolTestTasks.initialized, PoolTestTasks.init, PoolTestTasks.badInit,
        PoolTestTasks.callCount, PoolTestTasks.mainClass);
  }
}
