package io.github.multiproc.internal.pool;

import io.github.multiproc.internal.process.ChildRuntime;
import io.github.multiproc.spi.TaskProvider;
import io.github.multiproc.spi.WorkerDispatcher;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.io.IOException;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The main class of every pool worker JVM (Python's {@code multiprocessing.pool.worker}), started
 * like any child through {@link ChildMain}. It is part of the runtime, not generated: it runs
 * {@code @Pooled} tasks of any class, found by id among the {@code TaskProvider}s on its class
 * path, and never loads a class a peer names.
 */
public final class WorkerLauncher implements WorkerDispatcher {
  private WorkerLauncher() {}

  public static void main(String[] args) {
    ChildRuntime.run(new WorkerLauncher());
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

  /**
   * Run by the class-data training JVM (see {@code ClassDataTrainingLauncher}), so the archive
   * every spawned pool worker maps holds what a worker loads before its first task: the chunk path
   * (one warm-up round on synthetic chunks) and what finding the tasks loads, the task providers on
   * the class path included. Those are only found, through {@link ServiceLoader#stream()}, which
   * loads their classes without initialising or instantiating any.
   *
   * @throws IOException if the warm-up's local sockets cannot be made (only speed is lost)
   * @throws ServiceConfigurationError if a provider is misdeclared (the pool will say so itself)
   */
  public static void classDataWarmUp() throws IOException {
    WorkerWarmUp.run(1);
    ServiceLoader.load(TaskProvider.class).stream().forEach(ServiceLoader.Provider::type);
  }

  @Override
  public void dispatch(String entryKey, WireInput arguments, WireOutput result) throws Throwable {
    if (!PoolProtocol.ENTRY.equals(entryKey)) {
      throw WorkerDispatcher.unknownEntry(entryKey, WorkerLauncher.class);
    }
    WorkerLoop.fromArguments(arguments).run();
  }
}
