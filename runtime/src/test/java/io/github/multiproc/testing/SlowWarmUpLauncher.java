package io.github.multiproc.testing;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.spi.ChildMain;
import io.github.multiproc.spi.WorkerCall;
import io.github.multiproc.spi.WorkerDispatcher;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;

/**
 * A launcher whose standby warm-up takes long: a standby that preloads it stays in its warm-up for
 * {@link #WARM_UP_MILLIS}, as one with a heavy user warm-up would. Written by hand on purpose: a
 * generated {@code standbyWarmUp} only links the worker class, which no user code can slow down.
 */
public final class SlowWarmUpLauncher implements WorkerDispatcher {
  /** How long a standby spends warming this launcher up. */
  public static final long WARM_UP_MILLIS = 15_000;

  private SlowWarmUpLauncher() {}

  public static void main(String[] args) {
    ChildMain.run(new SlowWarmUpLauncher(), args);
  }

  /** Run by a standby JVM that preloads this launcher (see {@code StandbyMain.preload}). */
  public static void standbyWarmUp() throws InterruptedException {
    Thread.sleep(WARM_UP_MILLIS);
  }

  /** A child that does nothing, started so that later standbys preload this launcher. */
  public static ChildProcess<Void> nothing() {
    return WorkerCall.to(SlowWarmUpLauncher.class, "nothing()", Codecs.VOID).newProcess();
  }

  @Override
  public void dispatch(String entryKey, WireInput arguments, WireOutput result) {
    arguments.requireFullyRead();
    if (!entryKey.equals("nothing()")) {
      throw WorkerDispatcher.unknownEntry(entryKey, SlowWarmUpLauncher.class);
    }
  }
}
