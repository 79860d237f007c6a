package io.github.multiproc.internal.cds;

import io.github.multiproc.internal.pool.WorkerLauncher;
import io.github.multiproc.internal.process.ChildRuntime;
import io.github.multiproc.internal.process.ChildWarmUp;
import io.github.multiproc.spi.WorkerDispatcher;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.util.ServiceConfigurationError;

/**
 * The launcher a class-data training JVM runs (a runtime-internal {@code <Class>_Launcher}; no
 * Python counterpart): the same child path as a generated launcher, with one entry that runs
 * {@link ChildWarmUp} and the pool worker's {@link WorkerLauncher#classDataWarmUp} and encodes
 * a result, so the archive holds what children and pool workers load.
 */
public final class ClassDataTrainingLauncher implements WorkerDispatcher {
  /** The one entry. */
  static final String ENTRY = "train()";

  private ClassDataTrainingLauncher() {}

  public static void main(String[] args) {
    ChildRuntime.run(new ClassDataTrainingLauncher());
  }

  @Override
  public void dispatch(String entryKey, WireInput arguments, WireOutput result) {
    if (!ENTRY.equals(entryKey)) {
      throw WorkerDispatcher.unknownEntry(entryKey, ClassDataTrainingLauncher.class);
    }
    arguments.requireFullyRead();
    try {
      ChildWarmUp.run(); // what children of lock, shared-value or channel arguments load too
    } catch (Exception e) {
      // the archive then holds less; every child still works
    }
    try {
      WorkerLauncher.classDataWarmUp(); // what a pool worker loads before its first task
    } catch (Exception | ServiceConfigurationError e) {
      // as above
    }
    Codecs.STRING.encode(result, "trained");
  }
}
