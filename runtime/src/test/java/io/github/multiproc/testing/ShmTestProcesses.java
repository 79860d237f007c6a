package io.github.multiproc.testing;

import io.github.multiproc.BoundedProcessSemaphore;
import io.github.multiproc.ChildProcess;
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
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.spi.SharedHandles;
import io.github.multiproc.spi.SyncHandles;
import io.github.multiproc.spi.WorkerCall;
import java.util.concurrent.locks.Lock;

/** Hand-written factory, in the generated shape, for {@link ShmTestLauncher}. */
public final class ShmTestProcesses {
  private ShmTestProcesses() {}

  public static ChildProcess<Void> incrementUnderLock(SharedInt counter, int times) {
    return WorkerCall.to(ShmTestLauncher.class,
            "incrementUnderLock(io.github.multiproc.SharedInt,int)", Codecs.VOID)
        .arguments(out -> {
          SharedHandles.SHARED_INT.encode(out, counter);
          out.writeInt(times);
        })
        .newProcess();
  }

  public static ChildProcess<Long> timedIncrements(
      SharedInt counter, ProcessBarrier start, int times) {
    return WorkerCall.to(ShmTestLauncher.class,
            "timedIncrements(io.github.multiproc.SharedInt,io.github.multiproc.ProcessBarrier,int)",
            Codecs.LONG)
        .arguments(out -> {
          SharedHandles.SHARED_INT.encode(out, counter);
          SyncHandles.BARRIER.encode(out, start);
          out.writeInt(times);
        })
        .newProcess();
  }

  public static ChildProcess<Void> holdLock(ProcessLock lock, ProcessEvent locked) {
    return WorkerCall.to(ShmTestLauncher.class,
            "holdLock(io.github.multiproc.ProcessLock,io.github.multiproc.ProcessEvent)",
            Codecs.VOID)
        .arguments(out -> {
          SyncHandles.LOCK.encode(out, lock);
          SyncHandles.EVENT.encode(out, locked);
        })
        .newProcess();
  }

  public static ChildProcess<String> unlockForeign(Lock lock) {
    return WorkerCall.to(ShmTestLauncher.class,
            "unlockForeign(java.util.concurrent.locks.Lock)", Codecs.STRING)
        .arguments(out -> SyncHandles.ANY_LOCK.encode(out, lock))
        .newProcess();
  }

  public static ChildProcess<Integer> awaitFlag(
      ProcessCondition condition, SharedInt flag, ProcessEvent waiting) {
    return WorkerCall.to(ShmTestLauncher.class,
            "awaitFlag(io.github.multiproc.ProcessCondition,io.github.multiproc.SharedInt,"
                + "io.github.multiproc.ProcessEvent)", Codecs.INTEGER)
        .arguments(out -> {
          SyncHandles.CONDITION.encode(out, condition);
          SharedHandles.SHARED_INT.encode(out, flag);
          SyncHandles.EVENT.encode(out, waiting);
        })
        .newProcess();
  }

  public static ChildProcess<Boolean> awaitOneSignal(
      ProcessCondition condition, SharedIntArray counts) {
    return WorkerCall.to(ShmTestLauncher.class,
            "awaitOneSignal(io.github.multiproc.ProcessCondition,"
                + "io.github.multiproc.SharedIntArray)", Codecs.BOOLEAN)
        .arguments(out -> {
          SyncHandles.CONDITION.encode(out, condition);
          SharedHandles.SHARED_INT_ARRAY.encode(out, counts);
        })
        .newProcess();
  }

  public static ChildProcess<Void> useSemaphore(
      ProcessSemaphore semaphore, SharedIntArray stats, int rounds) {
    return WorkerCall.to(ShmTestLauncher.class,
            "useSemaphore(io.github.multiproc.ProcessSemaphore,io.github.multiproc.SharedIntArray,"
                + "int)", Codecs.VOID)
        .arguments(out -> {
          SyncHandles.SEMAPHORE.encode(out, semaphore);
          SharedHandles.SHARED_INT_ARRAY.encode(out, stats);
          out.writeInt(rounds);
        })
        .newProcess();
  }

  public static ChildProcess<String> releaseBounded(BoundedProcessSemaphore semaphore) {
    return WorkerCall.to(ShmTestLauncher.class,
            "releaseBounded(io.github.multiproc.BoundedProcessSemaphore)", Codecs.STRING)
        .arguments(out -> SyncHandles.BOUNDED_SEMAPHORE.encode(out, semaphore))
        .newProcess();
  }

  public static ChildProcess<Boolean> waitForEvent(ProcessEvent event, long millis) {
    return WorkerCall.to(ShmTestLauncher.class,
            "waitForEvent(io.github.multiproc.ProcessEvent,long)", Codecs.BOOLEAN)
        .arguments(out -> {
          SyncHandles.EVENT.encode(out, event);
          out.writeLong(millis);
        })
        .newProcess();
  }

  public static ChildProcess<String> awaitBarrier(ProcessBarrier barrier, int rounds, long millis) {
    return WorkerCall.to(ShmTestLauncher.class,
            "awaitBarrier(io.github.multiproc.ProcessBarrier,int,long)", Codecs.STRING)
        .arguments(out -> {
          SyncHandles.BARRIER.encode(out, barrier);
          out.writeInt(rounds);
          out.writeLong(millis);
        })
        .newProcess();
  }

  public static ChildProcess<String> barrierWithAction(
      ProcessBarrier barrier, SharedLong trips, int rounds, boolean giveAction) {
    return WorkerCall.to(ShmTestLauncher.class,
            "barrierWithAction(io.github.multiproc.ProcessBarrier,io.github.multiproc.SharedLong,"
                + "int,boolean)", Codecs.STRING)
        .arguments(out -> {
          SyncHandles.BARRIER.encode(out, barrier);
          SharedHandles.SHARED_LONG.encode(out, trips);
          out.writeInt(rounds);
          out.writeBoolean(giveAction);
        })
        .newProcess();
  }

  public static ChildProcess<String> awaitBarrierUntimed(ProcessBarrier barrier) {
    return WorkerCall.to(ShmTestLauncher.class,
            "awaitBarrierUntimed(io.github.multiproc.ProcessBarrier)", Codecs.STRING)
        .arguments(out -> SyncHandles.BARRIER.encode(out, barrier))
        .newProcess();
  }

  public static ChildProcess<String> unlinkTwice(SharedMemory memory) {
    return WorkerCall.to(ShmTestLauncher.class, "unlinkTwice(io.github.multiproc.SharedMemory)",
            Codecs.STRING)
        .arguments(out -> SharedHandles.SHARED_MEMORY.encode(out, memory))
        .newProcess();
  }

  public static ChildProcess<byte[]> readMemory(String name, int length) {
    return WorkerCall.to(ShmTestLauncher.class, "readMemory(java.lang.String,int)",
            Codecs.BYTE_ARRAY)
        .arguments(out -> {
          Codecs.STRING.encode(out, name);
          out.writeInt(length);
        })
        .newProcess();
  }

  public static ChildProcess<Void> mutateAll(SharedLong along, SharedDouble adouble,
      SharedLongArray longs, SharedDoubleArray doubles, SharedByteArray bytes,
      SharedMemory memory, Lock lock) {
    return WorkerCall.to(ShmTestLauncher.class,
            "mutateAll(io.github.multiproc.SharedLong,io.github.multiproc.SharedDouble,"
                + "io.github.multiproc.SharedLongArray,io.github.multiproc.SharedDoubleArray,"
                + "io.github.multiproc.SharedByteArray,io.github.multiproc.SharedMemory,"
                + "java.util.concurrent.locks.Lock)", Codecs.VOID)
        .arguments(out -> {
          SharedHandles.SHARED_LONG.encode(out, along);
          SharedHandles.SHARED_DOUBLE.encode(out, adouble);
          SharedHandles.SHARED_LONG_ARRAY.encode(out, longs);
          SharedHandles.SHARED_DOUBLE_ARRAY.encode(out, doubles);
          SharedHandles.SHARED_BYTE_ARRAY.encode(out, bytes);
          SharedHandles.SHARED_MEMORY.encode(out, memory);
          SyncHandles.ANY_LOCK.encode(out, lock);
        })
        .newProcess();
  }

  public static ChildProcess<Void> createSegmentAndHang(ProcessEvent ready) {
    return WorkerCall.to(ShmTestLauncher.class,
            "createSegmentAndHang(io.github.multiproc.ProcessEvent)", Codecs.VOID)
        .arguments(out -> SyncHandles.EVENT.encode(out, ready))
        .newProcess();
  }

  public static ChildProcess<String> createSegment() {
    return WorkerCall.to(ShmTestLauncher.class, "createSegment()", Codecs.STRING)
        .newProcess();
  }
}
