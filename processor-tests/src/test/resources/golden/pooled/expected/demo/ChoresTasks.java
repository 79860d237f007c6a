package demo;

import io.github.multiproc.PoolTask;
import io.github.multiproc.wire.Codecs;
import javax.annotation.processing.Generated;

/**
 * Pool tasks for the {@code @Pooled} methods of {@link Chores}: pass them to a {@code Pool} or a
 * {@code ThreadPool}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class ChoresTasks {
  /**
   * The pool task running {@link Chores#warmUp()}.
   */
  public static final PoolTask<Void, Void> warmUp = PoolTask.of("demo.Chores#warmUp()", Codecs.VOID,
      Codecs.VOID, unused -> {
    Chores.warmUp();
    return null;
  });

  private ChoresTasks() {
  }
}
