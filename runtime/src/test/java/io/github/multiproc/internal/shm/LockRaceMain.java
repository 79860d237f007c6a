package io.github.multiproc.internal.shm;

import java.lang.management.ManagementFactory;

/**
 * A JVM for {@link LockCompiledCodeTest}: runs the standby's lock warm-up, lets the JIT finish,
 * prints its uptime ({@code RACE <ms>}), then has two threads race for one lock word, as two
 * children sharing a lock do.
 */
public final class LockRaceMain {
  /** Acquire/release pairs per racing thread. */
  static final int ROUNDS = 200_000;

  private LockRaceMain() {}

  public static void main(String[] args) throws Exception {
    LockWarmUp.compileHotPaths(20_000);
    Thread.sleep(1_000); // C2 compiles in the background: the race must meet its code
    System.out.println("RACE " + ManagementFactory.getRuntimeMXBean().getUptime());
    System.out.flush();
    LockWord lock = new LockWord(Segment.scratch(LockWord.SIZE), 0);
    Thread[] racers = new Thread[2];
    for (int t = 0; t < racers.length; t++) {
      racers[t] =
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < ROUNDS; i++) {
                    lock.acquire(false, Long.MAX_VALUE, true);
                    lock.release(false);
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      racers[t].start();
    }
    for (Thread racer : racers) {
      racer.join();
    }
  }
}
