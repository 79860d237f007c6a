package io.github.multiproc.junit;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.spi.ChildMain;
import io.github.multiproc.spi.WorkerCall;
import io.github.multiproc.spi.WorkerDispatcher;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;

/**
 * A hand-written launcher in the shape the processor generates, for one {@code @Worker}:
 * {@code static void sleep(long millis)}.
 */
public final class SleepLauncher implements WorkerDispatcher {
  private static final String SLEEP = "sleep(long)";

  private SleepLauncher() {}

  public static void main(String[] args) {
    ChildMain.run(new SleepLauncher(), args);
  }

  /** A child that sleeps {@code millis}, named {@code name}. */
  public static ChildProcess<Void> sleep(String name, long millis) {
    return WorkerCall.to(SleepLauncher.class, SLEEP, Codecs.VOID)
        .name(name)
        .arguments(out -> out.writeLong(millis))
        .newProcess();
  }

  @Override
  public void dispatch(String entryKey, WireInput arguments, WireOutput result) throws Throwable {
    if (!entryKey.equals(SLEEP)) {
      throw new IllegalArgumentException("no entry " + entryKey);
    }
    long millis = arguments.readLong();
    arguments.requireFullyRead();
    Thread.sleep(millis);
  }
}
