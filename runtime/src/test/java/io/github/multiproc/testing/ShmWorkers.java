package io.github.multiproc.testing;

import io.github.multiproc.BoundedProcessSemaphore;
import io.github.multiproc.ProcessBarrier;
import io.github.multiproc.ProcessCondition;
import io.github.multiproc.ProcessEvent;
import io.github.multiproc.ProcessLock;
import io.github.multiproc.ProcessSemaphore;
import io.github.multiproc.SharedByteArray;
import io.github.multiproc.SharedDouble;
import io.github.multiproc.SharedDoubleArray;
import io.github.multiproc.SharedInt;
import io.github.multiproc.SharedIntArray;
import io.github.multiproc.SharedLong;
import io.github.multiproc.SharedLongArray;
import io.github.multiproc.SharedMemory;
import io.github.multiproc.annotation.Worker;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/**
 * The "user code" of the tests of shared memory and of the synchronization primitives passed to
 * children: the processor generates {@code ShmWorkers_Launcher} and the factories
 * {@code ShmWorkersProcesses} from it.
 */
public final class ShmWorkers {
  private ShmWorkers() {}

  /** Increments the counter {@code times} times under its lock. */
  @Worker
  public static void incrementUnderLock(SharedInt counter, int times) {
    Lock lock = counter.lock();
    for (int i = 0; i < times; i++) {
      lock.lock();
      try {
        counter.set(counter.get() + 1); // deliberately not atomic: only the lock makes it exact
      } finally {
        lock.unlock();
      }
    }
  }

  /**
   * Warms up, waits at {@code start}, then returns the nanoseconds {@code times} increments took.
   */
  @Worker
  public static long timedIncrements(SharedInt counter, ProcessBarrier start, int times)
      throws Exception {
    incrementUnderLock(counter, 20_000); // warm up the JIT before the clock starts
    start.await(Duration.ofSeconds(20));
    long began = System.nanoTime();
    incrementUnderLock(counter, times);
    return System.nanoTime() - began;
  }

  /** Takes the lock, says so, and keeps it for a minute. */
  @Worker
  public static void holdLock(ProcessLock lock, ProcessEvent locked) throws InterruptedException {
    lock.lock();
    locked.set();
    Thread.sleep(60_000);
  }

  /** Unlocks a lock another process holds: "unlocked" or the exception's class name. */
  @Worker
  public static String unlockForeign(Lock lock) {
    try {
      lock.unlock();
      return "unlocked";
    } catch (RuntimeException e) {
      return e.getClass().getName();
    }
  }

  /** Waits on the condition until {@code flag} is set; returns it, or -1 after 20 s. */
  @Worker
  public static int awaitFlag(ProcessCondition condition, SharedInt flag, ProcessEvent waiting)
      throws InterruptedException {
    condition.lock().lock();
    try {
      waiting.set();
      while (flag.get() == 0) {
        if (!condition.await(20, TimeUnit.SECONDS)) {
          return -1;
        }
      }
      return flag.get();
    } finally {
      condition.lock().unlock();
    }
  }

  /**
   * One await with no predicate, so every wake-up counts: counts[0] is bumped under the lock just
   * before the await (the parent's lock() succeeds only once every counted waiter awaits),
   * counts[1] once woken. Returns whether a signal (not the timeout) woke it.
   */
  @Worker
  public static boolean awaitOneSignal(ProcessCondition condition, SharedIntArray counts)
      throws InterruptedException {
    condition.lock().lock();
    try {
      counts.getAndAdd(0, 1);
      boolean signalled = condition.await(60, TimeUnit.SECONDS);
      counts.getAndAdd(1, 1);
      return signalled;
    } finally {
      condition.lock().unlock();
    }
  }

  /** stats[0]: holders now, stats[1]: most holders seen at once, stats[2]: total entries. */
  @Worker
  public static void useSemaphore(ProcessSemaphore semaphore, SharedIntArray stats, int rounds)
      throws InterruptedException {
    for (int i = 0; i < rounds; i++) {
      if (!semaphore.tryAcquire(20, TimeUnit.SECONDS)) {
        throw new IllegalStateException("no permit within 20 s");
      }
      try {
        int inside = stats.addAndGet(0, 1);
        int max;
        do {
          max = stats.get(1);
        } while (inside > max && !stats.compareAndSet(1, max, inside));
        stats.getAndAdd(2, 1);
        Thread.sleep(1);
        stats.getAndAdd(0, -1);
      } finally {
        semaphore.release();
      }
    }
  }

  /** Releases once more than acquired: "released" or the exception's class name. */
  @Worker
  public static String releaseBounded(BoundedProcessSemaphore semaphore) {
    try {
      semaphore.release();
      return "released";
    } catch (IllegalStateException e) {
      return e.getClass().getName();
    }
  }

  /** Whether the event was set within {@code millis}. */
  @Worker
  public static boolean waitForEvent(ProcessEvent event, long millis) throws InterruptedException {
    return event.waitFor(Duration.ofMillis(millis));
  }

  /**
   * Waits at the barrier {@code rounds} times: the arrival indexes, or the exception that ended it.
   */
  @Worker
  public static String awaitBarrier(ProcessBarrier barrier, int rounds, long millis)
      throws InterruptedException {
    StringBuilder outcomes = new StringBuilder();
    for (int i = 0; i < rounds; i++) {
      if (i > 0) {
        outcomes.append(',');
      }
      try {
        outcomes.append(barrier.await(Duration.ofMillis(millis)));
      } catch (Exception e) {
        outcomes.append(e.getClass().getSimpleName());
        break;
      }
    }
    return outcomes.toString();
  }

  /**
   * Waits {@code rounds} times at a barrier whose action counts trips (given this process's copy
   * of the action when {@code giveAction}); after each round checks the action ran exactly once
   * before the release. Says "ok", the first mismatch, or what failed.
   */
  @Worker
  public static String barrierWithAction(
      ProcessBarrier barrier, SharedLong trips, int rounds, boolean giveAction) {
    ProcessBarrier mine = giveAction ? barrier.withAction(trips::incrementAndGet) : barrier;
    for (int i = 0; i < rounds; i++) {
      try {
        mine.await(Duration.ofSeconds(20));
      } catch (Exception e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
      }
      if (trips.get() != i + 1) {
        return "after round " + i + " the action had run " + trips.get() + " times";
      }
    }
    return "ok";
  }

  /** Waits with the barrier's default timeout; says what ended the wait and its cause. */
  @Worker
  public static String awaitBarrierUntimed(ProcessBarrier barrier) throws InterruptedException {
    try {
      return "index " + barrier.await();
    } catch (java.util.concurrent.BrokenBarrierException e) {
      return "BrokenBarrierException caused by "
          + (e.getCause() == null ? "nothing" : e.getCause().getClass().getSimpleName());
    }
  }

  /** Unlinks twice; says what the second call did. */
  @Worker
  public static String unlinkTwice(SharedMemory memory) {
    memory.unlink();
    try {
      memory.unlink();
      return "unlinked twice";
    } catch (RuntimeException e) {
      return "unlinked, then " + e.getClass().getName();
    }
  }

  /**
   * Reads the first {@code length} bytes of the block {@code name}, then writes -1 to its first
   * byte for the parent to see; returns what it read.
   */
  @Worker
  public static byte[] readMemory(String name, int length) {
    try (SharedMemory memory = SharedMemory.attach(name)) {
      byte[] bytes = new byte[length];
      memory.buffer().get(bytes);
      memory.buffer().put(0, (byte) -1); // the parent sees this write
      return bytes;
    }
  }

  /** Changes each value, array and block under {@code lock}, in a way the test checks. */
  @Worker
  public static void mutateAll(
      SharedLong along,
      SharedDouble adouble,
      SharedLongArray longs,
      SharedDoubleArray doubles,
      SharedByteArray bytes,
      SharedMemory memory,
      Lock lock) {
    lock.lock();
    try {
      along.addAndGet(5);
      adouble.getAndAdd(0.5);
      longs.getAndAdd(1, 7);
      doubles.set(2, doubles.get(2) * 2);
      bytes.set(3, (byte) (bytes.get(3) + 1));
      memory.buffer().putInt(4, memory.buffer().getInt(0) + 1);
    } finally {
      lock.unlock();
    }
  }

  /** Creates a shared value and a block, says so, and waits to be killed. */
  @Worker
  public static void createSegmentAndHang(ProcessEvent ready) throws InterruptedException {
    SharedInt.create(1);
    SharedMemory.create(64);
    ready.set();
    Thread.sleep(60_000);
  }

  /** Closes one segment and leaves another for the exit hook. */
  @Worker
  public static String createSegment() {
    SharedLong.create(1);
    try (SharedInt value = SharedInt.create(7)) {
      return value.name();
    }
  }
}
