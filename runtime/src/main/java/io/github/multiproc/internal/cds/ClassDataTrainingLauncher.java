package io.github.multiproc.internal.cds;

import io.github.multiproc.spi.ChildMain;
import io.github.multiproc.spi.Codecs;
import io.github.multiproc.spi.WireInput;
import io.github.multiproc.spi.WireOutput;
import io.github.multiproc.spi.WorkerDispatcher;

/**
 * The launcher a class-data training JVM runs (a runtime-internal {@code <Class>_Launcher}; no
 * Python counterpart): the same child path as a generated launcher, with
 * one entry that does nothing but encode a result, so the archive holds what every child loads.
 */
public final class ClassDataTrainingLauncher implements WorkerDispatcher {
  /** The one entry. */
  static final String ENTRY = "train()";

  private ClassDataTrainingLauncher() {}

  public static void main(String[] args) {
    ChildMain.run(new ClassDataTrainingLauncher(), args);
  }

  @Override
  public void dispatch(String entryKey, WireInput arguments, WireOutput result) {
    if (!ENTRY.equals(entryKey)) {
      throw WorkerDispatcher.unknownEntry(entryKey, ClassDataTrainingLauncher.class);
    }
    arguments.requireFullyRead();
    Codecs.STRING.encode(result, "trained");
  }
}
