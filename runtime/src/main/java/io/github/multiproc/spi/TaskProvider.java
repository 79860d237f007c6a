package io.github.multiproc.spi;

import io.github.multiproc.PoolTask;
import java.util.List;

/**
 * Lists the {@code @Pooled} tasks of one user class, found through {@link java.util.ServiceLoader}
 * in a pool worker JVM: the processor generates an implementation per class and its
 * {@code META-INF/services} entry, so a worker can run a task named by id without loading any
 * class a peer names.
 */
public interface TaskProvider {
  /** The tasks, each with its unique {@link PoolTask#id()}. */
  List<PoolTask<?, ?>> tasks();
}
