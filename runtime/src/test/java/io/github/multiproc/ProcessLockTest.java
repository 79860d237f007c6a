package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.internal.shm.Segments;
import io.github.multiproc.testing.ShmTestExtension;
import io.github.multiproc.testing.ShmWorkersProcesses;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Lock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Cross-process locks and conditions, with real child JVMs. */
class ProcessLockTest {
  @RegisterExtension static final ShmTestExtension SHM = new ShmTestExtension();

  /** How long a waiter that was not signalled is given to show it wrongly woke. */
  private static final long GRACE_MILLIS = 500;

  @Test
  @Timeout(60)
  void fourProcessesIncrementUnderTheLockExactly() {
    int perProcess = 100_000;
    try (SharedInt counter = SharedInt.create(0)) {
      List<ChildProcess<Void>> children = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        children.add(SHM.started(ShmWorkersProcesses.incrementUnderLock(counter, perProcess)));
      }
      for (ChildProcess<Void> child : children) {
        child.result();
        assertEquals(0, child.exitCode());
      }
      assertEquals(4 * perProcess, counter.get());
      assertFalse(counter.lock().isLocked());
    }
  }

  @Test
  @Timeout(60)
  void aChildThatUsedALockLeavesNoOwnerFileWhenItExits() throws Exception {
    try (SharedInt counter = SharedInt.create(0)) {
      ChildProcess<Void> child = SHM.started(ShmWorkersProcesses.incrementUnderLock(counter, 10));
      child.result();
      assertEquals(0, child.exitCode());
      assertEquals(10, counter.get());
      // An owner file holds its process's identity token, which starts with "<pid>-".
      String token = child.pid() + "-";
      try (var files = Files.newDirectoryStream(Segments.directory(), "multiproc-owner-*")) {
        for (Path file : files) {
          String content;
          try {
            content = Files.readString(file);
          } catch (NoSuchFileException e) {
            continue; // another process's, swept meanwhile
          }
          assertFalse(content.startsWith(token), file + " of the exited child is still there");
        }
      }
    }
  }

  @Test
  @Timeout(60)
  void twoProcessThroughputAndUncontendedCost() throws Exception {
    int perProcess = 500_000;
    try (SharedInt counter = SharedInt.create(0);
        ProcessBarrier start = ProcessBarrier.create(2)) {
      ChildProcess<Long> a =
          SHM.started(ShmWorkersProcesses.timedIncrements(counter, start, perProcess));
      ChildProcess<Long> b =
          SHM.started(ShmWorkersProcesses.timedIncrements(counter, start, perProcess));
      long slowest = Math.max(a.result(), b.result());
      assertEquals(2 * (perProcess + 20_000), counter.get());
      System.out.printf(
          "[shm] 2 processes, increments under the lock: %.0f /s%n",
          2.0 * perProcess * 1e9 / slowest);
    }
    try (ProcessLock lock = ProcessLock.create();
        ReentrantProcessLock rlock = ReentrantProcessLock.create()) {
      System.out.printf("[shm] uncontended ProcessLock lock+unlock: %.1f ns/op%n", nsPerOp(lock));
      System.out.printf(
          "[shm] uncontended ReentrantProcessLock lock+unlock: %.1f ns/op%n", nsPerOp(rlock));
    }
  }

  /**
   * Runs {@code task} in a thread of its own, not the common pool: an idle pool worker would
   * upset LeakTest's thread count.
   */
  private static <T> FutureTask<T> inThread(Callable<T> task) {
    FutureTask<T> future = new FutureTask<>(task);
    new Thread(future, "shm-test").start();
    return future;
  }

  private static double nsPerOp(Lock lock) {
    int n = 2_000_000;
    double best = Double.MAX_VALUE;
    for (int round = 0; round < 5; round++) {
      long began = System.nanoTime();
      for (int i = 0; i < n; i++) {
        lock.lock();
        lock.unlock();
      }
      best = Math.min(best, (System.nanoTime() - began) / (double) n);
    }
    return best;
  }

  @Test
  @Timeout(60)
  void aKilledHoldersLockIsTakenOverAndReportedAbandoned() throws Exception {
    try (ProcessLock lock = ProcessLock.create();
        ProcessEvent locked = ProcessEvent.create()) {
      ChildProcess<Void> holder = SHM.started(ShmWorkersProcesses.holdLock(lock, locked));
      assertTrue(locked.waitFor(Duration.ofSeconds(20)), "child took the lock");
      assertFalse(lock.tryLock(), "the living holder keeps it");
      assertFalse(lock.tryLock(50, TimeUnit.MILLISECONDS));
      holder.kill();
      long began = System.nanoTime();
      assertTrue(lock.tryLock(5, TimeUnit.SECONDS));
      long tookMillis = (System.nanoTime() - began) / 1_000_000;
      try {
        assertTrue(tookMillis < 1000, "took " + tookMillis + " ms");
        assertTrue(lock.wasAbandoned());
      } finally {
        lock.unlock();
      }
      lock.lock();
      try {
        assertFalse(lock.wasAbandoned(), "only the hold that took over is told");
      } finally {
        lock.unlock();
      }
    }
  }

  @Test
  @Timeout(60)
  void unlockByANonHolderIsAnError() throws Exception {
    try (ProcessLock lock = ProcessLock.create();
        ReentrantProcessLock rlock = ReentrantProcessLock.create()) {
      assertThrows(IllegalMonitorStateException.class, lock::unlock, "not held at all");
      lock.lock();
      rlock.lock();
      try {
        ChildProcess<String> other = SHM.started(ShmWorkersProcesses.unlockForeign(lock));
        assertEquals(IllegalMonitorStateException.class.getName(), other.result());
        ChildProcess<String> otherR = SHM.started(ShmWorkersProcesses.unlockForeign(rlock));
        assertEquals(IllegalMonitorStateException.class.getName(), otherR.result());
        AtomicReference<Throwable> fromThread = new AtomicReference<>();
        Thread thread =
            new Thread(
                () -> {
                  try {
                    lock.unlock();
                  } catch (Throwable t) {
                    fromThread.set(t);
                  }
                });
        thread.start();
        thread.join();
        assertTrue(fromThread.get() instanceof IllegalMonitorStateException);
        assertTrue(lock.isHeldByCurrentThread(), "still ours");
        assertThrows(IllegalStateException.class, lock::lock, "relocking would deadlock");
        assertFalse(lock.tryLock());
      } finally {
        lock.unlock();
        rlock.unlock();
      }
      assertFalse(lock.isLocked());
      assertFalse(rlock.isLocked());
    }
  }

  @Test
  @Timeout(30)
  void reentrantLockCountsHolds() throws Exception {
    try (ReentrantProcessLock lock = ReentrantProcessLock.create()) {
      lock.lock();
      assertTrue(lock.tryLock());
      assertTrue(lock.tryLock(1, TimeUnit.SECONDS));
      assertEquals(3, lock.getHoldCount());
      FutureTask<Boolean> other =
          inThread(
              () -> {
                try {
                  return lock.tryLock(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              });
      assertFalse(other.get(10, TimeUnit.SECONDS), "another thread is excluded");
      lock.unlock();
      lock.unlock();
      assertTrue(lock.isLocked());
      lock.unlock();
      assertFalse(lock.isLocked());
      assertEquals(0, lock.getHoldCount());
      assertThrows(IllegalMonitorStateException.class, lock::unlock);
    }
  }

  @Test
  @Timeout(30)
  void threadsOfOneProcessExcludeEachOther() throws Exception {
    try (SharedInt counter = SharedInt.create(0)) {
      ReentrantProcessLock guard = counter.lock();
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        Thread thread =
            new Thread(
                () -> {
                  for (int i = 0; i < 50_000; i++) {
                    guard.lock();
                    try {
                      counter.set(counter.get() + 1);
                    } finally {
                      guard.unlock();
                    }
                  }
                });
        threads.add(thread);
        thread.start();
      }
      for (Thread thread : threads) {
        thread.join();
      }
      assertEquals(200_000, counter.get());
    }
  }

  @Test
  @Timeout(60)
  void conditionSignalsAcrossProcesses() throws Exception {
    try (ReentrantProcessLock lock = ReentrantProcessLock.create();
        ProcessCondition condition = lock.newCondition();
        SharedInt flag = SharedInt.create(0);
        ProcessEvent waiting = ProcessEvent.create()) {
      ChildProcess<Integer> waiter =
          SHM.started(ShmWorkersProcesses.awaitFlag(condition, flag, waiting));
      assertTrue(waiting.waitFor(Duration.ofSeconds(20)));
      lock.lock(); // free only once the child awaits: await releases the lock
      try {
        flag.set(42);
        condition.signal();
      } finally {
        lock.unlock();
      }
      assertEquals(42, waiter.result());
      assertThrows(IllegalMonitorStateException.class, condition::signal, "needs the lock");
      lock.lock();
      try {
        long began = System.nanoTime();
        assertFalse(condition.await(100, TimeUnit.MILLISECONDS), "nobody signals");
        assertTrue(System.nanoTime() - began >= 90_000_000L);
        assertTrue(lock.isHeldByCurrentThread(), "await returns holding the lock");
      } finally {
        lock.unlock();
      }
    }
  }

  @Test
  @Timeout(120)
  void signalWakesExactlyOneWaitingProcessAndSignalNWakesN() throws Exception {
    try (ProcessLock lock = ProcessLock.create();
        ProcessCondition condition = lock.newCondition();
        SharedIntArray counts = SharedIntArray.create(2)) {
      List<ChildProcess<Boolean>> waiters = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        waiters.add(SHM.started(ShmWorkersProcesses.awaitOneSignal(condition, counts)));
      }
      awaitCount(counts, 0, 4, "waiting");

      signalUnderLock(lock, () -> condition.signal());
      awaitCount(counts, 1, 1, "woken by signal()");
      Thread.sleep(GRACE_MILLIS);
      assertEquals(1, counts.get(1), "signal() woke exactly one of four");

      signalUnderLock(lock, () -> assertEquals(2, condition.signal(2)));
      awaitCount(counts, 1, 3, "woken by signal(2)");
      Thread.sleep(GRACE_MILLIS);
      assertEquals(3, counts.get(1), "signal(2) woke exactly two more: one still waits");

      signalUnderLock(lock, condition::signalAll);
      for (ChildProcess<Boolean> waiter : waiters) {
        assertTrue(waiter.result(), "woken by a signal, not the timeout");
      }
      signalUnderLock(lock, () -> assertEquals(0, condition.signal(2), "nobody waits"));
    }
  }

  @Test
  @Timeout(60)
  void twoSignalsWakeTwoThreadsAndATimedOutWaiterTakesNone() throws Exception {
    try (ProcessCondition condition = ProcessCondition.create();
        SharedIntArray counts = SharedIntArray.create(2)) {
      Lock lock = condition.lock();
      lock.lock();
      try {
        assertFalse(condition.await(20, TimeUnit.MILLISECONDS), "nobody signals");
        assertThrows(IllegalArgumentException.class, () -> condition.signal(-1));
      } finally {
        lock.unlock();
      }
      List<FutureTask<Boolean>> waiters = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        waiters.add(
            inThread(
                () -> {
                  lock.lock();
                  try {
                    counts.getAndAdd(0, 1);
                    boolean signalled = condition.await(60, TimeUnit.SECONDS);
                    counts.getAndAdd(1, 1);
                    return signalled;
                  } finally {
                    lock.unlock();
                  }
                }));
      }
      awaitCount(counts, 0, 3, "waiting");
      signalUnderLock(
          lock,
          () -> {
            condition.signal();
            condition.signal();
          });
      awaitCount(counts, 1, 2, "woken by two signals");
      Thread.sleep(GRACE_MILLIS);
      assertEquals(2, counts.get(1), "two signals woke exactly two of three");
      signalUnderLock(lock, condition::signalAll);
      for (FutureTask<Boolean> waiter : waiters) {
        assertTrue(waiter.get(), "woken by a signal, not the timeout");
      }
    }
  }

  @Test
  @Timeout(60)
  void aSignalSkipsAWaiterWhoseProcessDied() throws Exception {
    try (ProcessLock lock = ProcessLock.create();
        ProcessCondition condition = lock.newCondition();
        SharedIntArray counts = SharedIntArray.create(2)) {
      ChildProcess<Boolean> doomed =
          SHM.started(ShmWorkersProcesses.awaitOneSignal(condition, counts));
      awaitCount(counts, 0, 1, "the child waiting");
      FutureTask<Boolean> survivor =
          inThread(
              () -> {
                lock.lock();
                try {
                  counts.getAndAdd(0, 1);
                  return condition.await(20, TimeUnit.SECONDS);
                } finally {
                  lock.unlock();
                }
              });
      awaitCount(counts, 0, 2, "both waiting");
      doomed.kill();
      doomed.join();
      signalUnderLock(lock, () -> assertEquals(1, condition.signal(1)));
      assertTrue(survivor.get(10, TimeUnit.SECONDS), "the one signal reached the living waiter");
    }
  }

  /** Runs {@code signal} holding {@code lock}, as a condition requires. */
  private static void signalUnderLock(Lock lock, Runnable signal) {
    lock.lock();
    try {
      signal.run();
    } finally {
      lock.unlock();
    }
  }

  /** Waits until {@code counts[index]} reaches {@code expected}. */
  private static void awaitCount(SharedIntArray counts, int index, int expected, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (counts.get(index) < expected) {
      assertTrue(
          System.nanoTime() < deadline,
          what + ": " + counts.get(index) + " of " + expected + " after 30 s");
      Thread.sleep(5);
    }
  }

  @Test
  @Timeout(30)
  void conditionOfItsOwnLockWakesAThreadAndRestoresHolds() throws Exception {
    try (ProcessCondition condition = ProcessCondition.create()) {
      ReentrantProcessLock lock = (ReentrantProcessLock) condition.lock();
      FutureTask<Integer> waiter =
          inThread(
              () -> {
                lock.lock();
                lock.lock();
                try {
                  condition.awaitNanos(TimeUnit.SECONDS.toNanos(20));
                  return lock.getHoldCount();
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                } finally {
                  lock.unlock();
                  lock.unlock();
                }
              });
      while (!waiter.isDone()) {
        lock.lock();
        try {
          condition.signalAll();
        } finally {
          lock.unlock();
        }
        Thread.sleep(5);
      }
      assertEquals(2, waiter.get());
    }
  }
}
