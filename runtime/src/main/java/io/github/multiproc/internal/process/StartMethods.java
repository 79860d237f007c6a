package io.github.multiproc.internal.process;

import io.github.multiproc.StartMethod;
import java.util.List;

/**
 * The process-wide start-method settings behind {@code Multiproc.setStartMethod} and
 * {@code Multiproc.setStandbyCount}, and their effect on the {@link StandbyPool}. Until a method
 * is set, the default is the one this JVM was started with: {@code SPAWN} in the top JVM, and in
 * a child what its parent used (as Python's spawned child takes its parent's start method).
 */
public final class StartMethods {
  /** Set by {@link #setDefault}; until then, how this JVM was started. */
  private static volatile StartMethod defaultMethod;
  private static volatile int standbyCount = 2;

  private StartMethods() {}

  public static StartMethod getDefault() {
    StartMethod chosen = defaultMethod;
    return chosen != null ? chosen : ProcessContext.startedWith();
  }

  /**
   * {@link StartMethod#STANDBY} starts booting standbys for children without extra JVM arguments
   * right away, so the first start already finds one; {@link StartMethod#SPAWN} ends the idle ones.
   */
  public static synchronized void setDefault(StartMethod method) {
    defaultMethod = method;
    if (method == StartMethod.STANDBY) {
      StandbyPool.fill(StandbyPool.command(List.of()));
    } else {
      StandbyPool.endIdle();
    }
  }

  public static int standbyCount() {
    return standbyCount;
  }

  /** Ends idle standbys beyond {@code count} now, and tops up the keys in use to {@code count}. */
  public static synchronized void setStandbyCount(int count) {
    standbyCount = count;
    StandbyPool.trim();
    StandbyPool.fillAll();
  }
}
