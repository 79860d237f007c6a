package io.github.multiproc.internal.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The standby's lock warm-up, and the owner words it relies on. */
class LockWarmUpTest {
  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void everyContendedRoundWaitsForTheRivalAndTheRivalEnds() throws Exception {
    int rounds = 10 * LockWarmUp.CONTENDED_EVERY + 1; // rounds 0, 256, ..., 2560
    assertEquals(11, LockWarmUp.compileHotPaths(rounds));
    assertFalse(
        Thread.getAllStackTraces().keySet().stream()
            .anyMatch(t -> t.getName().equals(LockWarmUp.RIVAL_NAME) && t.isAlive()),
        "the rival thread outlived the warm-up");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void threadsOfOneProcessHaveTheirOwnOwnerWords() throws Exception {
    long mine = LockWord.me();
    AtomicLong other = new AtomicLong();
    Thread thread = new Thread(() -> other.set(LockWord.me()));
    thread.start();
    thread.join();
    assertEquals(mine, LockWord.me());
    assertEquals(Owners.SELF, (int) (mine >>> 32));
    assertEquals(Owners.SELF, (int) (other.get() >>> 32));
    assertNotEquals(mine, other.get());
  }
}
