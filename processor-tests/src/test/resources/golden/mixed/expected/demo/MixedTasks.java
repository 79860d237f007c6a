package demo;

import io.github.multiproc.PoolTask;
import io.github.multiproc.wire.Codecs;
import javax.annotation.processing.Generated;

/**
 * Pool tasks for the {@code @Pooled} methods of {@link Mixed}: pass them to a {@code Pool} or a
 * {@code ThreadPool}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class MixedTasks {
  /**
   * The pool task running {@link Mixed#flip(Mixed.Mode)}.
   */
  static final PoolTask<Mixed.Mode, Mixed.Mode> flip = PoolTask.of("demo.Mixed#flip(demo.Mixed.Mode)",
      Mixed_Codecs.MIXED_MODE, Mixed_Codecs.MIXED_MODE, Mixed::flip);

  /**
   * The pool task running {@link Mixed#run(Mixed.Mode, String)}.
   */
  public static final PoolTask<RunArgs, String> run = PoolTask.of("demo.Mixed#run(demo.Mixed.Mode,java.lang.String)",
      Mixed_Codecs.MIXED_TASKS_RUN_ARGS, Codecs.STRING,
      args -> Mixed.run(args.mode(), args.text()));

  private MixedTasks() {
  }

  /**
   * The arguments of {@link Mixed#run(Mixed.Mode, String)}, for {@code starmap} and the other pool operations.
   */
  public record RunArgs(Mixed.Mode mode, String text) {
  }
}
