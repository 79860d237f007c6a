package demo;

import io.github.multiproc.PoolTask;
import io.github.multiproc.wire.Codecs;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.processing.Generated;

/**
 * Pool tasks for the {@code @Pooled} methods of {@link Bumper}: pass them to a {@code Pool} or a
 * {@code ThreadPool}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class BumperTasks {
  /**
   * The pool task running {@link Bumper#record(Counter, ConcurrentHashMap)}.
   */
  static final PoolTask<RecordArgs, Void> record = PoolTask.of("demo.Bumper#record(demo.Counter,java.util.concurrent.ConcurrentHashMap)",
      Bumper_Codecs.BUMPER_TASKS_RECORD_ARGS, Codecs.VOID, args -> {
    Bumper.record(args.counter(), args.totals());
    return null;
  });

  private BumperTasks() {
  }

  /**
   * The arguments of {@link Bumper#record(Counter, ConcurrentHashMap)}, for {@code starmap} and the other pool operations.
   */
  public record RecordArgs(Counter counter, ConcurrentHashMap<String, Long> totals) {
  }
}
