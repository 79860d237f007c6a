package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.testing.ShmTestExtension;
import io.github.multiproc.testing.ShmWorkersProcesses;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Semaphores, events and barriers across real child JVMs. */
class SyncPrimitivesTest {
  @RegisterExtension static final ShmTestExtension SHM = new ShmTestExtension();

  @Test
  @Timeout(60)
  void semaphoreNeverAdmitsMoreThanItsPermits() throws Exception {
    int rounds = 100;
    try (ProcessSemaphore semaphore = ProcessSemaphore.create(2);
        SharedIntArray stats = SharedIntArray.create(3)) {
      List<ChildProcess<Void>> children = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        children.add(SHM.started(ShmWorkersProcesses.useSemaphore(semaphore, stats, rounds)));
      }
      for (ChildProcess<Void> child : children) {
        child.result();
      }
      assertEquals(4 * rounds, stats.get(2), "entries");
      assertTrue(stats.get(1) <= 2, "at most 2 holders at once, saw " + stats.get(1));
      assertTrue(stats.get(1) >= 1);
      assertEquals(0, stats.get(0));
      assertEquals(2, semaphore.availablePermits());
    }
  }

  @Test
  @Timeout(30)
  void semaphoreTimesOutAndCountsInProcess() throws Exception {
    try (ProcessSemaphore semaphore = ProcessSemaphore.create(1)) {
      assertTrue(semaphore.tryAcquire());
      assertFalse(semaphore.tryAcquire());
      long began = System.nanoTime();
      assertFalse(semaphore.tryAcquire(100, TimeUnit.MILLISECONDS));
      assertTrue(System.nanoTime() - began >= 90_000_000L);
      semaphore.release();
      semaphore.release(); // an unbounded semaphore may grow, as Python's
      assertEquals(2, semaphore.availablePermits());
      semaphore.acquire();
      assertEquals(1, semaphore.availablePermits());
    }
  }

  @Test
  @Timeout(60)
  void boundedSemaphoreRefusesOverRelease() throws Exception {
    try (BoundedProcessSemaphore semaphore = BoundedProcessSemaphore.create(1)) {
      assertThrows(IllegalStateException.class, semaphore::release);
      assertTrue(semaphore.tryAcquire());
      ChildProcess<String> first = SHM.started(ShmWorkersProcesses.releaseBounded(semaphore));
      assertEquals("released", first.result());
      ChildProcess<String> second = SHM.started(ShmWorkersProcesses.releaseBounded(semaphore));
      assertEquals(IllegalStateException.class.getName(), second.result());
      assertEquals(1, semaphore.availablePermits());
      assertTrue(ProcessSemaphore.attach(semaphore.name()) instanceof BoundedProcessSemaphore);
    }
  }

  @Test
  @Timeout(60)
  void eventWakesAnotherProcessAndTimesOut() throws Exception {
    try (ProcessEvent event = ProcessEvent.create()) {
      assertFalse(event.isSet());
      ChildProcess<Boolean> early = SHM.started(ShmWorkersProcesses.waitForEvent(event, 200));
      assertFalse(early.result(), "nobody set it within 200 ms");
      ChildProcess<Boolean> waiter = SHM.started(ShmWorkersProcesses.waitForEvent(event, 20_000));
      Thread.sleep(300);
      assertTrue(waiter.isAlive(), "still waiting");
      event.set();
      assertTrue(waiter.result());
      assertTrue(event.isSet());
      assertTrue(event.waitFor(Duration.ZERO));
      event.clear();
      assertFalse(event.isSet());
      assertFalse(event.waitFor(Duration.ofMillis(50)));
    }
  }

  @Test
  @Timeout(60)
  void barrierReleasesAllPartiesEachRound() throws Exception {
    try (ProcessBarrier barrier = ProcessBarrier.create(3)) {
      ChildProcess<String> a = SHM.started(ShmWorkersProcesses.awaitBarrier(barrier, 3, 20_000));
      ChildProcess<String> b = SHM.started(ShmWorkersProcesses.awaitBarrier(barrier, 3, 20_000));
      List<Integer> mine = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        mine.add(barrier.await(Duration.ofSeconds(20)));
      }
      String[] ra = a.result().split(",");
      String[] rb = b.result().split(",");
      for (int round = 0; round < 3; round++) {
        Set<Integer> indices =
            new TreeSet<>(
                List.of(mine.get(round), Integer.parseInt(ra[round]), Integer.parseInt(rb[round])));
        assertEquals(Set.of(0, 1, 2), indices, "round " + round);
      }
      assertFalse(barrier.isBroken());
      assertEquals(0, barrier.numberWaiting());
    }
  }

  @Test
  @Timeout(60)
  void barrierBreaksWhenAWaitingPartyDies() throws Exception {
    try (ProcessBarrier barrier = ProcessBarrier.create(3)) {
      ChildProcess<String> survivor =
          SHM.started(ShmWorkersProcesses.awaitBarrier(barrier, 1, 30_000));
      ChildProcess<String> victim =
          SHM.started(ShmWorkersProcesses.awaitBarrier(barrier, 1, 30_000));
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (barrier.numberWaiting() < 2 && System.nanoTime() < until) {
        Thread.sleep(10);
      }
      assertEquals(2, barrier.numberWaiting());
      victim.kill();
      long began = System.nanoTime();
      assertEquals("BrokenBarrierException", survivor.result());
      long tookMillis = (System.nanoTime() - began) / 1_000_000;
      assertTrue(tookMillis < 5_000, "took " + tookMillis + " ms");
      assertTrue(barrier.isBroken());
      assertThrows(BrokenBarrierException.class, () -> barrier.await(Duration.ofSeconds(5)));
      barrier.reset();
      assertFalse(barrier.isBroken());
    }
  }

  @Test
  @Timeout(60)
  void barrierTimeoutBreaksItForTheOthers() throws Exception {
    try (ProcessBarrier barrier = ProcessBarrier.create(3)) {
      ChildProcess<String> patient =
          SHM.started(ShmWorkersProcesses.awaitBarrier(barrier, 1, 30_000));
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (barrier.numberWaiting() < 1 && System.nanoTime() < until) {
        Thread.sleep(10);
      }
      assertThrows(TimeoutException.class, () -> barrier.await(Duration.ofMillis(200)));
      assertEquals("BrokenBarrierException", patient.result());
      assertTrue(barrier.isBroken());
      barrier.reset();
      ChildProcess<String> late = SHM.started(ShmWorkersProcesses.awaitBarrier(barrier, 1, 300));
      assertEquals("TimeoutException", late.result(), "one party alone times out");
      assertTrue(barrier.isBroken());
    }
  }

  @Test
  @Timeout(60)
  void barrierActionRunsOncePerRoundBeforeAnyPartyGoesOn() throws Exception {
    int rounds = 20;
    try (SharedLong trips = SharedLong.create(0);
        ProcessBarrier barrier = ProcessBarrier.create(3, trips::incrementAndGet, null)) {
      ChildProcess<String> a =
          SHM.started(ShmWorkersProcesses.barrierWithAction(barrier, trips, rounds, true));
      ChildProcess<String> b =
          SHM.started(ShmWorkersProcesses.barrierWithAction(barrier, trips, rounds, true));
      for (int i = 0; i < rounds; i++) {
        barrier.await(Duration.ofSeconds(20));
        assertEquals(i + 1, trips.get(), "the action ran once, before the release, in round " + i);
      }
      assertEquals("ok", a.result());
      assertEquals("ok", b.result());
      assertEquals(rounds, trips.get());
    }
  }

  @Test
  @Timeout(60)
  void barrierActionMissingInTheTrippingProcessBreaksTheBarrier() throws Exception {
    try (SharedLong trips = SharedLong.create(0);
        ProcessBarrier barrier = ProcessBarrier.create(2, trips::incrementAndGet, null)) {
      ChildProcess<String> child = SHM.started(ShmWorkersProcesses.awaitBarrierUntimed(barrier));
      long until = System.nanoTime() + 20_000_000_000L;
      while (barrier.numberWaiting() < 1 && System.nanoTime() < until) {
        Thread.sleep(5);
      }
      barrier.await(Duration.ofSeconds(20)); // this process has the action and trips the barrier
      assertEquals("index 1", child.result());
      assertEquals(1, trips.get());

      // Now the parent waits first, so the child arrives last with a handle that has no action.
      List<Throwable> seen = new ArrayList<>();
      Thread waiter =
          new Thread(
              () -> {
                try {
                  barrier.await(Duration.ofSeconds(20));
                } catch (Throwable t) {
                  synchronized (seen) {
                    seen.add(t);
                  }
                }
              });
      waiter.start();
      while (barrier.numberWaiting() < 1 && System.nanoTime() < until) {
        Thread.sleep(5);
      }
      String outcome =
          SHM.started(ShmWorkersProcesses.barrierWithAction(barrier, trips, 1, false)).result();
      assertTrue(
          outcome.startsWith("IllegalStateException: barrier ")
              && outcome.contains("barrier.withAction(action)"),
          outcome);
      waiter.join(20_000);
      assertTrue(seen.get(0) instanceof BrokenBarrierException, String.valueOf(seen));
      assertEquals(1, trips.get(), "no action was skipped and none ran twice");
      assertTrue(barrier.isBroken());
    }
  }

  @Test
  @Timeout(60)
  void barrierActionFailureBreaksTheBarrierForEveryParty() throws Exception {
    try (ProcessBarrier barrier =
        ProcessBarrier.create(
            2,
            () -> {
              throw new IllegalArgumentException("action failed");
            },
            null)) {
      ChildProcess<String> child = SHM.started(ShmWorkersProcesses.awaitBarrierUntimed(barrier));
      long until = System.nanoTime() + 20_000_000_000L;
      while (barrier.numberWaiting() < 1 && System.nanoTime() < until) {
        Thread.sleep(5);
      }
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> barrier.await(Duration.ofSeconds(20)));
      assertEquals("action failed", e.getMessage());
      assertEquals("BrokenBarrierException caused by nothing", child.result());
      assertTrue(barrier.isBroken());
    }
  }

  @Test
  @Timeout(60)
  void barrierDefaultTimeoutCrossesToTheOtherProcesses() throws Exception {
    try (ProcessBarrier barrier = ProcessBarrier.create(3, null, Duration.ofMillis(300))) {
      ChildProcess<String> child = SHM.started(ShmWorkersProcesses.awaitBarrierUntimed(barrier));
      assertEquals(
          "BrokenBarrierException caused by TimeoutException",
          child.result(),
          "the child's untimed await() used the default timeout set by its creator");
      assertTrue(barrier.isBroken());
      barrier.reset();
      long began = System.nanoTime();
      BrokenBarrierException e = assertThrows(BrokenBarrierException.class, barrier::await);
      assertTrue(e.getCause() instanceof TimeoutException, String.valueOf(e.getCause()));
      assertTrue(System.nanoTime() - began >= 250_000_000L);
      assertThrows(
          IllegalArgumentException.class, () -> ProcessBarrier.create(2, null, Duration.ZERO));
    }
  }

  @Test
  @Timeout(30)
  void resetAndAbortBreakWaitingThreads() throws Exception {
    try (ProcessBarrier barrier = ProcessBarrier.create(2)) {
      List<Throwable> seen = new ArrayList<>();
      Thread waiter =
          new Thread(
              () -> {
                try {
                  barrier.await(Duration.ofSeconds(20));
                } catch (Throwable t) {
                  synchronized (seen) {
                    seen.add(t);
                  }
                }
              });
      waiter.start();
      while (barrier.numberWaiting() < 1) {
        Thread.sleep(5);
      }
      barrier.reset();
      waiter.join(10_000);
      assertFalse(waiter.isAlive());
      assertTrue(seen.get(0) instanceof BrokenBarrierException, String.valueOf(seen));
      assertFalse(barrier.isBroken(), "reset leaves it fresh");
      barrier.abort();
      assertTrue(barrier.isBroken());
      assertThrows(BrokenBarrierException.class, barrier::await);
    }
  }
}
