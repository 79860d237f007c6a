package io.github.multiproc.internal.pool;

import io.github.multiproc.spi.ChildMain;
import io.github.multiproc.spi.WireInput;
import io.github.multiproc.spi.WireOutput;
import io.github.multiproc.spi.WorkerDispatcher;
import java.io.IOException;

/**
 * The main class of every pool worker JVM (Python's {@code multiprocessing.pool.worker}), started
 * like any child through {@link ChildMain}. It is part of the runtime, not generated: it runs
 * {@code @Pooled} tasks of any class, found by id among the {@code TaskProvider}s on its class
 * path, and never loads a class a peer names.
 */
public final class PoolWorkerLauncher implements WorkerDispatcher {
  private PoolWorkerLauncher() {}

  public static void main(String[] args) {
    ChildMain.run(new PoolWorkerLauncher(), args);
  }

  /**
   * Run by a standby JVM booted for pool workers before it reports ready (see
   * {@code StandbyMain}): compiles the worker's chunk path on synthetic chunks, so the worker it
   * becomes runs its first tasks at full speed ({@link WorkerWarmUp}).
   *
   * @throws IOException if the warm-up's local sockets cannot be made (only speed is lost)
   */
  public static void standbyWarmUp() throws IOException {
    WorkerWarmUp.run(WorkerWarmUp.rounds());
  }

  @Override
  public void dispatch(String entryKey, WireInput arguments, WireOutput result) throws Throwable {
    if (!PoolProtocol.ENTRY.equals(entryKey)) {
      throw WorkerDispatcher.unknownEntry(entryKey, PoolWorkerLauncher.class);
    }
    WorkerLoop.fromArguments(arguments).run();
  }
}
