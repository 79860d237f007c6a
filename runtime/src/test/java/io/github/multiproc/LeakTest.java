package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.multiproc.testing.BasicWorkersProcesses;
import io.github.multiproc.testing.ChildCleanup;
import io.github.multiproc.testing.ResourceSnapshot;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Start/join cycles leave no file descriptor, thread, process or shared-memory segment behind. */
class LeakTest {
  private static final int CYCLES = 200;

  /** How long the counts may take to return to the warmed-up ones. */
  private static final Duration SETTLE = Duration.ofSeconds(5);

  @AfterEach
  void killLeftovers() {
    ChildCleanup.killDescendants();
  }

  @Test
  @Timeout(150)
  void twoHundredCyclesLeaveNothingBehind() throws Exception {
    cycle(); // warm up: the hub, its threads and the JDK's process reaper exist from now on
    ResourceSnapshot before = ResourceSnapshot.settle(null, SETTLE);
    for (int i = 0; i < CYCLES; i++) {
      cycle();
    }
    ResourceSnapshot after = ResourceSnapshot.settle(before, SETTLE);
    after.assertNothingLeftSince(before);
  }

  private static void cycle() {
    ChildProcess<Integer> p = BasicWorkersProcesses.add(1, 2);
    p.start();
    assertEquals(3, p.result());
    p.close();
  }
}
