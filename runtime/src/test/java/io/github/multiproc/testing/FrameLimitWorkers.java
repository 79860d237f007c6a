package io.github.multiproc.testing;

import io.github.multiproc.annotation.Worker;
import io.github.multiproc.internal.hub.BlockingLink;

/**
 * The "user code" of the frame-limit test ({@link FrameLimitParent}): the processor generates
 * {@code FrameLimitWorkers_Launcher} and the factory {@code FrameLimitWorkersProcesses} from it.
 */
public final class FrameLimitWorkers {
  private FrameLimitWorkers() {}

  /**
   * The frame limit of this JVM and how it was started: "&lt;maxFrameBytes&gt; spawned|standby".
   */
  @Worker
  public static String limit() {
    // A standby JVM's main class is StandbyMain, a spawned child's the generated launcher.
    String main = System.getProperty("sun.java.command", "");
    return BlockingLink.maxFrameBytes()
        + " "
        + (main.startsWith(FrameLimitWorkers_Launcher.class.getName()) ? "spawned" : "standby");
  }
}
