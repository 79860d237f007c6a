package demo;

import io.github.multiproc.PoolTask;
import io.github.multiproc.wire.Codecs;
import javax.annotation.processing.Generated;

/**
 * Pool tasks for the {@code @Pooled} methods of {@link PoolCallback}: pass them to a {@code Pool} or a
 * {@code ThreadPool}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class PoolCallbackTasks {
  /**
   * The pool task running {@link PoolCallback#foo(int)}.
   */
  static final PoolTask<Integer, Integer> foo = PoolTask.of("demo.PoolCallback#foo(int)",
      Codecs.INTEGER, Codecs.INTEGER, PoolCallback::foo);

  private PoolCallbackTasks() {
  }
}
