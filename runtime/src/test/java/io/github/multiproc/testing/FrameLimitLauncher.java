package io.github.multiproc.testing;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.internal.hub.FramedChannel;
import io.github.multiproc.spi.ChildMain;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import io.github.multiproc.spi.WorkerCall;
import io.github.multiproc.spi.WorkerDispatcher;

/**
 * A hand-written launcher and factory in the shape the processor generates, with one worker that
 * reports the frame limit of its JVM and how that JVM was started.
 */
public final class FrameLimitLauncher implements WorkerDispatcher {
  private static final String LIMIT = "limit()";

  private FrameLimitLauncher() {}

  public static void main(String[] args) {
    ChildMain.run(new FrameLimitLauncher(), args);
  }

  /** A child whose result is {@code "<maxFrameBytes> spawned"} or {@code "... standby"}. */
  public static ChildProcess<String> limit() {
    return WorkerCall.to(FrameLimitLauncher.class, LIMIT, Codecs.STRING).newProcess();
  }

  @Override
  public void dispatch(String entryKey, WireInput arguments, WireOutput result) {
    if (!entryKey.equals(LIMIT)) {
      throw WorkerDispatcher.unknownEntry(entryKey, FrameLimitLauncher.class);
    }
    arguments.requireFullyRead();
    // A standby JVM's main class is StandbyMain, a spawned child's this launcher.
    String main = System.getProperty("sun.java.command", "");
    Codecs.STRING.encode(result, FramedChannel.maxFrameBytes() + " "
        + (main.startsWith(FrameLimitLauncher.class.getName()) ? "spawned" : "standby"));
  }
}
