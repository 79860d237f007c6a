package io.github.multiproc.internal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A standby's preload hints: a launcher's own warm-up runs; nothing a hint names can fail it. */
class StandbyMainTest {
  /** A launcher with a warm-up, as the pool worker's. */
  public static final class WarmLauncher {
    static int warmUps;

    private WarmLauncher() {}

    public static void main(String[] args) {}

    public static void standbyWarmUp() {
      warmUps++;
    }
  }

  /** A launcher whose warm-up throws: the standby goes on, only slower. */
  public static final class FailingLauncher {
    private FailingLauncher() {}

    public static void main(String[] args) {}

    public static void standbyWarmUp() {
      throw new IllegalStateException("no warm-up today");
    }
  }

  /** A launcher with no warm-up, as the generated ones. */
  public static final class PlainLauncher {
    private PlainLauncher() {}

    public static void main(String[] args) {}
  }

  @Test
  void aPreloadedLauncherWithAWarmUpRunsIt() {
    int before = WarmLauncher.warmUps;
    StandbyMain.preload(WarmLauncher.class.getName());
    assertEquals(before + 1, WarmLauncher.warmUps);
  }

  @Test
  void launchersWithoutAWarmUpOrWithAFailingOneOrMissingOnesCostNothing() {
    StandbyMain.preload(PlainLauncher.class.getName());
    StandbyMain.preload(FailingLauncher.class.getName());
    StandbyMain.preload("no.such.Launcher");
    StandbyMain.preload(StandbyMainTest.class.getName()); // no main: not a launcher at all
  }
}
