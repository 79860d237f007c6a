package io.github.multiproc.testing;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.spi.WorkerCall;

/** A hand-written factory, in the generated shape, for {@link StandbyTestLauncher}. */
public final class StandbyTestProcesses {
  private StandbyTestProcesses() {}

  public static ChildProcess<String> describe() {
    return WorkerCall.to(StandbyTestLauncher.class, "describe()", Codecs.STRING).newProcess();
  }

  public static ChildProcess<Integer> bump() {
    return WorkerCall.to(StandbyTestLauncher.class, "bump()", Codecs.INTEGER).newProcess();
  }
}
