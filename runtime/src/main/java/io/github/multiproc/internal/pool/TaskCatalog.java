package io.github.multiproc.internal.pool;

import io.github.multiproc.PoolTask;
import io.github.multiproc.spi.TaskProvider;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The {@code @Pooled} tasks of this JVM's class path, by id, as the generated {@link TaskProvider}s
 * list them: how a pool worker, or a cluster member's pool, finds the task a chunk names without
 * loading any class a peer names.
 */
final class TaskCatalog {
  private TaskCatalog() {}

  /** Every task the {@link TaskProvider}s on the class path list; throws on a duplicate id. */
  static Map<String, PoolTask<?, ?>> load() {
    Map<String, PoolTask<?, ?>> found = new HashMap<>();
    for (TaskProvider provider : ServiceLoader.load(TaskProvider.class)) {
      for (PoolTask<?, ?> task : provider.tasks()) {
        PoolTask<?, ?> before = found.putIfAbsent(task.id(), task);
        if (before != null && before != task) {
          throw new IllegalStateException(
              "two TaskProviders define the pool task "
                  + task.id()
                  + " ("
                  + provider.getClass().getName()
                  + " and another)");
        }
      }
    }
    return found;
  }

  /** The task {@code id} of {@code tasks}; throws, saying where tasks come from, if unknown. */
  @SuppressWarnings("unchecked")
  static PoolTask<Object, Object> find(Map<String, PoolTask<?, ?>> tasks, String id) {
    PoolTask<?, ?> task = tasks.get(id);
    if (task == null) {
      throw new IllegalArgumentException(
          "no @Pooled task "
              + id
              + " in this worker: its class's"
              + " generated TaskProvider is not on the worker's class path (listed in"
              + " META-INF/services/io.github.multiproc.spi.TaskProvider); "
              + tasks.size()
              + " tasks are known");
    }
    return (PoolTask<Object, Object>) task;
  }
}
