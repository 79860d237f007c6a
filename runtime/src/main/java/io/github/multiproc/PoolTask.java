package io.github.multiproc;

import io.github.multiproc.spi.TaskBody;
import io.github.multiproc.wire.Codec;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * A {@code @Pooled} method as something a pool can run: the {@code func} of Python's
 * {@code pool.apply_async(func, args)} and {@code pool.map(func, iterable)}. The processor
 * generates one per method, as a constant of {@code <Class>Tasks}:
 *
 * <pre>{@code
 * public class PoolCallback {
 *   @Pooled
 *   static int foo(int i) { return i + 100; }
 * }
 *
 * pool.applyAsync(PoolCallbackTasks.foo, 3, result -> System.out.println(result));
 * }</pre>
 *
 * <p>A method with several parameters takes a generated argument record (Python's
 * {@code starmap}): {@code pool.map(ShopTasks.add, List.of(new ShopTasks.AddArgs(1, 2)))}.
 *
 * @param <A> the argument type: the parameter's boxed type, the generated argument record, or
 *     {@link Void} for a method without parameters
 * @param <R> the boxed result type; {@link Void} for {@code void}
 */
public final class PoolTask<A, R> {
  private final String id;
  private final Codec<A> argumentCodec;
  private final Codec<R> resultCodec;
  private final TaskBody<A, R> body;

  private PoolTask(String id, Codec<A> argumentCodec, Codec<R> resultCodec, TaskBody<A, R> body) {
    this.id = Objects.requireNonNull(id, "id");
    this.argumentCodec = Objects.requireNonNull(argumentCodec, "argumentCodec");
    this.resultCodec = Objects.requireNonNull(resultCodec, "resultCodec");
    this.body = Objects.requireNonNull(body, "body");
  }

  /**
   * For generated code: the task {@code id} (unique in the application, e.g.
   * {@code demo.Shop#add(int,int)}) whose argument and result cross with the given codecs and
   * whose {@code body} calls the user's method.
   */
  public static <A, R> PoolTask<A, R> of(
      String id, Codec<A> argumentCodec, Codec<R> resultCodec, TaskBody<A, R> body) {
    return new PoolTask<>(id, argumentCodec, resultCodec, body);
  }

  /** The id a pool worker finds this task by. */
  public String id() {
    return id;
  }

  /** Encodes and decodes the argument. */
  public Codec<A> argumentCodec() {
    return argumentCodec;
  }

  /** Encodes and decodes the result. */
  public Codec<R> resultCodec() {
    return resultCodec;
  }

  /** Runs the task in this JVM: what a pool worker (or a {@code ThreadPool} thread) does. */
  public R call(A argument) throws Exception {
    return body.call(argument);
  }

  /**
   * This task with its argument, as a {@link Callable} for a pool's
   * {@link TaskPool#asExecutorService() ExecutorService view}:
   * {@code executor.submit(ShopTasks.price.bind(item))} runs it on the pool. Calling it directly
   * runs the task in this JVM.
   */
  public Bound<A, R> bind(A argument) {
    return new Bound<>(this, argument);
  }

  @Override
  public String toString() {
    return "PoolTask[" + id + "]";
  }

  /**
   * A task bound to its argument: what {@link PoolTask#bind} returns and what a pool's
   * {@code ExecutorService} view accepts.
   *
   * @param <A> the argument type
   * @param <R> the result type
   */
  public static final class Bound<A, R> implements Callable<R> {
    private final PoolTask<A, R> task;
    private final A argument;

    private Bound(PoolTask<A, R> task, A argument) {
      this.task = task;
      this.argument = argument;
    }

    /** The task. */
    public PoolTask<A, R> task() {
      return task;
    }

    /** Its argument. */
    public A argument() {
      return argument;
    }

    /** Runs the task in this JVM. */
    @Override
    public R call() throws Exception {
      return task.call(argument);
    }

    @Override
    public String toString() {
      return task + "(" + argument + ")";
    }
  }
}
