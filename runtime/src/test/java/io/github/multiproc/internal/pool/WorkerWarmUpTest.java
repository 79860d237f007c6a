package io.github.multiproc.internal.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.testing.PoolWorkers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pool workers' warm-up, run in this JVM: its chunks all come back, and no user code runs. */
class WorkerWarmUpTest {
  private static final String ROUNDS = "multiproc.pool.warmUpRounds";

  @AfterEach
  void clearSetting() {
    System.clearProperty(ROUNDS);
  }

  @Test
  void everyChunkOfEveryRoundComesBackAsResultsWithoutCallingUserTasks() throws Exception {
    // The user's tasks are on this class path too (PoolWorkers_TaskProvider): the warm-up must
    // not reach them, whatever it finds there.
    int before = PoolWorkers.userCalls();
    assertEquals(5 * WorkerWarmUp.CHUNKS_PER_ROUND, WorkerWarmUp.run(5));
    assertEquals(0, WorkerWarmUp.run(0));
    assertEquals(before, PoolWorkers.userCalls(), "the warm-up called a user task");
  }

  @Test
  void timesHowLongTheDefaultWarmUpTakes() throws Exception {
    long t = System.nanoTime();
    int frames = WorkerWarmUp.run(WorkerWarmUp.DEFAULT_ROUNDS);
    System.out.printf(
        "worker warm-up: %d chunks in %.1f ms (in the test JVM, not a fresh one)%n",
        frames, (System.nanoTime() - t) / 1e6);
    assertEquals(WorkerWarmUp.DEFAULT_ROUNDS * WorkerWarmUp.CHUNKS_PER_ROUND, frames);
  }

  @Test
  void theRoundsComeFromTheSystemPropertyAndABadOneSaysWhatItWants() {
    assertEquals(WorkerWarmUp.DEFAULT_ROUNDS, WorkerWarmUp.rounds());
    System.setProperty(ROUNDS, " 0 ");
    assertEquals(0, WorkerWarmUp.rounds());
    for (String bad : new String[] {"lots", "-3", ""}) {
      System.setProperty(ROUNDS, bad);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, WorkerWarmUp::rounds);
      assertTrue(
          e.getMessage().contains(ROUNDS) && e.getMessage().contains("'" + bad + "'"),
          e.getMessage());
    }
  }
}
