package io.github.multiproc.internal.process;

import io.github.multiproc.StartMethod;
import java.util.List;
import java.util.Set;

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

  /**
   * How many standby JVMs the runtime keeps now, idle or booting, for every command line in use
   * (no Python counterpart: the forkserver is one process). For leak checks in tests.
   */
  public static int standbysKept() {
    return StandbyPool.kept();
  }

  /**
   * The pids of the standby JVMs: children of this JVM that the runtime keeps on purpose, idle,
   * or told to end and still exiting (killed after a few seconds at most).
   */
  public static Set<Long> standbyPids() {
    return StandbyPool.pids();
  }

  /**
   * Waits up to {@code millis} until the standbys already told to end have exited: a leak check
   * lets them go before the next test rather than count them, since they end by themselves.
   */
  public static void awaitEndedStandbys(long millis) throws InterruptedException {
    StandbyPool.awaitEnded(millis);
  }

  /**
   * Ends every idle standby and forgets their command lines, as {@link #setDefault} with
   * {@code SPAWN} does, without changing the default: the next STANDBY start boots them again.
   */
  public static void endStandbys() {
    StandbyPool.endIdle();
  }
}
