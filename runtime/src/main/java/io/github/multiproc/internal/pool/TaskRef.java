package io.github.multiproc.internal.pool;

import io.github.multiproc.PoolTask;
import io.github.multiproc.spi.TaskBody;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a chunk runs: a {@link PoolTask} (which a worker JVM finds by id), or for a thread pool a
 * plain Java function, which only a back end in this JVM can run.
 */
public final class TaskRef {
  private final PoolTask<Object, Object> task;
  private final TaskBody<Object, Object> body;
  private final String id;

  private TaskRef(PoolTask<Object, Object> task, TaskBody<Object, Object> body, String id) {
    this.task = task;
    this.body = body;
    this.id = id;
  }

  /** A pool task. */
  @SuppressWarnings("unchecked")
  public static TaskRef of(PoolTask<?, ?> task) {
    PoolTask<Object, Object> t = (PoolTask<Object, Object>) Objects.requireNonNull(task, "task");
    return new TaskRef(t, t::call, t.id());
  }

  /** A plain function, for thread pools only. */
  @SuppressWarnings("unchecked")
  public static TaskRef ofFunction(Function<?, ?> function) {
    Function<Object, Object> f =
        (Function<Object, Object>) Objects.requireNonNull(function, "function");
    return new TaskRef(null, f::apply, "function " + f);
  }

  /** The pool task, or {@code null} for a plain function. */
  PoolTask<Object, Object> task() {
    return task;
  }

  /** Runs it in this JVM. */
  Object call(Object argument) throws Exception {
    return body.call(argument);
  }

  String id() {
    return id;
  }
}
