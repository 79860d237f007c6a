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
import io.github.multiproc.spi.ChildMain;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.spi.SharedHandles;
import io.github.multiproc.spi.SyncHandles;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import io.github.multiproc.spi.WorkerDispatcher;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/** Hand-written launcher, in the generated shape, for the shared-memory and lock tests. */
public final class ShmTestLauncher implements WorkerDispatcher {
  private ShmTestLauncher() {}

  public static void main(String[] args) {
    ChildMain.run(new ShmTestLauncher(), args);
  }

  @Override
  public void dispatch(String entryKey, WireInput arguments, WireOutput result) throws Throwable {
    switch (entryKey) {
      case "incrementUnderLock(io.github.multiproc.SharedInt,int)": {
        SharedInt counter = SharedHandles.SHARED_INT.decode(arguments);
        int times = arguments.readInt();
        arguments.requireFullyRead();
        Workers.incrementUnderLock(counter, times);
        Codecs.VOID.encode(result, null);
        return;
      }
      case "timedIncrements(io.github.multiproc.SharedInt,io.github.multiproc.ProcessBarrier,int)": {
        SharedInt counter = SharedHandles.SHARED_INT.decode(arguments);
        ProcessBarrier start = SyncHandles.BARRIER.decode(arguments);
        int times = arguments.readInt();
        arguments.requireFullyRead();
        Codecs.LONG.encode(result, Workers.timedIncrements(counter, start, times));
        return;
      }
      case "holdLock(io.github.multiproc.ProcessLock,io.github.multiproc.ProcessEvent)": {
        ProcessLock lock = SyncHandles.LOCK.decode(arguments);
        ProcessEvent locked = SyncHandles.EVENT.decode(arguments);
        arguments.requireFullyRead();
        Workers.holdLock(lock, locked);
        Codecs.VOID.encode(result, null);
        return;
      }
      case "unlockForeign(java.util.concurrent.locks.Lock)": {
        Lock lock = SyncHandles.ANY_LOCK.decode(arguments);
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, Workers.unlockForeign(lock));
        return;
      }
      case "awaitFlag(io.github.multiproc.ProcessCondition,io.github.multiproc.SharedInt,"
          + "io.github.multiproc.ProcessEvent)": {
        ProcessCondition condition = SyncHandles.CONDITION.decode(arguments);
        SharedInt flag = SharedHandles.SHARED_INT.decode(arguments);
        ProcessEvent waiting = SyncHandles.EVENT.decode(arguments);
        arguments.requireFullyRead();
        Codecs.INTEGER.encode(result, Workers.awaitFlag(condition, flag, waiting));
        return;
      }
      case "awaitOneSignal(io.github.multiproc.ProcessCondition,"
          + "io.github.multiproc.SharedIntArray)": {
        ProcessCondition condition = SyncHandles.CONDITION.decode(arguments);
        SharedIntArray counts = SharedHandles.SHARED_INT_ARRAY.decode(arguments);
        arguments.requireFullyRead();
        Codecs.BOOLEAN.encode(result, Workers.awaitOneSignal(condition, counts));
        return;
      }
      case "useSemaphore(io.github.multiproc.ProcessSemaphore,io.github.multiproc.SharedIntArray,"
          + "int)": {
        ProcessSemaphore semaphore = SyncHandles.SEMAPHORE.decode(arguments);
        SharedIntArray stats = SharedHandles.SHARED_INT_ARRAY.decode(arguments);
        int rounds = arguments.readInt();
        arguments.requireFullyRead();
        Workers.useSemaphore(semaphore, stats, rounds);
        Codecs.VOID.encode(result, null);
        return;
      }
      case "releaseBounded(io.github.multiproc.BoundedProcessSemaphore)": {
        BoundedProcessSemaphore semaphore = SyncHandles.BOUNDED_SEMAPHORE.decode(arguments);
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, Workers.releaseBounded(semaphore));
        return;
      }
      case "waitForEvent(io.github.multiproc.ProcessEvent,long)": {
        ProcessEvent event = SyncHandles.EVENT.decode(arguments);
        long millis = arguments.readLong();
        arguments.requireFullyRead();
        Codecs.BOOLEAN.encode(result, Workers.waitForEvent(event, millis));
        return;
      }
      case "awaitBarrier(io.github.multiproc.ProcessBarrier,int,long)": {
        ProcessBarrier barrier = SyncHandles.BARRIER.decode(arguments);
        int rounds = arguments.readInt();
        long millis = arguments.readLong();
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, Workers.awaitBarrier(barrier, rounds, millis));
        return;
      }
      case "barrierWithAction(io.github.multiproc.ProcessBarrier,io.github.multiproc.SharedLong,"
          + "int,boolean)": {
        ProcessBarrier barrier = SyncHandles.BARRIER.decode(arguments);
        SharedLong trips = SharedHandles.SHARED_LONG.decode(arguments);
        int rounds = arguments.readInt();
        boolean giveAction = arguments.readBoolean();
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, Workers.barrierWithAction(barrier, trips, rounds, giveAction));
        return;
      }
      case "awaitBarrierUntimed(io.github.multiproc.ProcessBarrier)": {
        ProcessBarrier barrier = SyncHandles.BARRIER.decode(arguments);
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, Workers.awaitBarrierUntimed(barrier));
        return;
      }
      case "unlinkTwice(io.github.multiproc.SharedMemory)": {
        SharedMemory memory = SharedHandles.SHARED_MEMORY.decode(arguments);
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, Workers.unlinkTwice(memory));
        return;
      }
      case "readMemory(java.lang.String,int)": {
        String name = Codecs.STRING.decode(arguments);
        int length = arguments.readInt();
        arguments.requireFullyRead();
        Codecs.BYTE_ARRAY.encode(result, Workers.readMemory(name, length));
        return;
      }
      case "mutateAll(io.github.multiproc.SharedLong,io.github.multiproc.SharedDouble,"
          + "io.github.multiproc.SharedLongArray,io.github.multiproc.SharedDoubleArray,"
          + "io.github.multiproc.SharedByteArray,io.github.multiproc.SharedMemory,"
          + "java.util.concurrent.locks.Lock)": {
        SharedLong along = SharedHandles.SHARED_LONG.decode(arguments);
        SharedDouble adouble = SharedHandles.SHARED_DOUBLE.decode(arguments);
        SharedLongArray longs = SharedHandles.SHARED_LONG_ARRAY.decode(arguments);
        SharedDoubleArray doubles = SharedHandles.SHARED_DOUBLE_ARRAY.decode(arguments);
        SharedByteArray bytes = SharedHandles.SHARED_BYTE_ARRAY.decode(arguments);
        SharedMemory memory = SharedHandles.SHARED_MEMORY.decode(arguments);
        Lock lock = SyncHandles.ANY_LOCK.decode(arguments);
        arguments.requireFullyRead();
        Workers.mutateAll(along, adouble, longs, doubles, bytes, memory, lock);
        Codecs.VOID.encode(result, null);
        return;
      }
      case "createSegmentAndHang(io.github.multiproc.ProcessEvent)": {
        ProcessEvent ready = SyncHandles.EVENT.decode(arguments);
        arguments.requireFullyRead();
        Workers.createSegmentAndHang(ready);
        Codecs.VOID.encode(result, null);
        return;
      }
      case "createSegment()": {
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, Workers.createSegment());
        return;
      }
      default:
        throw WorkerDispatcher.unknownEntry(entryKey, ShmTestLauncher.class);
    }
  }

  /** The "user code". */
  static final class Workers {
    private Workers() {}

    static void incrementUnderLock(SharedInt counter, int times) {
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

    static long timedIncrements(SharedInt counter, ProcessBarrier start, int times)
        throws Exception {
      incrementUnderLock(counter, 20_000); // warm up the JIT before the clock starts
      start.await(Duration.ofSeconds(20));
      long began = System.nanoTime();
      incrementUnderLock(counter, times);
      return System.nanoTime() - began;
    }

    static void holdLock(ProcessLock lock, ProcessEvent locked) throws InterruptedException {
      lock.lock();
      locked.set();
      Thread.sleep(60_000);
    }

    static String unlockForeign(Lock lock) {
      try {
        lock.unlock();
        return "unlocked";
      } catch (RuntimeException e) {
        return e.getClass().getName();
      }
    }

    static int awaitFlag(ProcessCondition condition, SharedInt flag, ProcessEvent waiting)
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
    static boolean awaitOneSignal(ProcessCondition condition, SharedIntArray counts)
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
    static void useSemaphore(ProcessSemaphore semaphore, SharedIntArray stats, int rounds)
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

    static String releaseBounded(BoundedProcessSemaphore semaphore) {
      try {
        semaphore.release();
        return "released";
      } catch (IllegalStateException e) {
        return e.getClass().getName();
      }
    }

    static boolean waitForEvent(ProcessEvent event, long millis) throws InterruptedException {
      return event.waitFor(Duration.ofMillis(millis));
    }

    static String awaitBarrier(ProcessBarrier barrier, int rounds, long millis)
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
    static String barrierWithAction(
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
    static String awaitBarrierUntimed(ProcessBarrier barrier) throws InterruptedException {
      try {
        return "index " + barrier.await();
      } catch (java.util.concurrent.BrokenBarrierException e) {
        return "BrokenBarrierException caused by "
            + (e.getCause() == null ? "nothing" : e.getCause().getClass().getSimpleName());
      }
    }

    /** Unlinks twice; says what the second call did. */
    static String unlinkTwice(SharedMemory memory) {
      memory.unlink();
      try {
        memory.unlink();
        return "unlinked twice";
      } catch (RuntimeException e) {
        return "unlinked, then " + e.getClass().getName();
      }
    }

    static byte[] readMemory(String name, int length) {
      try (SharedMemory memory = SharedMemory.attach(name)) {
        byte[] bytes = new byte[length];
        memory.buffer().get(bytes);
        memory.buffer().put(0, (byte) -1); // the parent sees this write
        return bytes;
      }
    }

    static void mutateAll(SharedLong along, SharedDouble adouble, SharedLongArray longs,
        SharedDoubleArray doubles, SharedByteArray bytes, SharedMemory memory, Lock lock) {
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

    static void createSegmentAndHang(ProcessEvent ready) throws InterruptedException {
      SharedInt.create(1);
      SharedMemory.create(64);
      ready.set();
      Thread.sleep(60_000);
    }

    /** Closes one segment and leaves another for the exit hook. */
    static String createSegment() {
      SharedLong.create(1);
      try (SharedInt value = SharedInt.create(7)) {
        return value.name();
      }
    }
  }
}
