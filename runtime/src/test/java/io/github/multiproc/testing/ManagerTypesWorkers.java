package io.github.multiproc.testing;

import io.github.multiproc.ManagedBarrier;
import io.github.multiproc.ManagedCondition;
import io.github.multiproc.ManagedEvent;
import io.github.multiproc.ManagedJoinableQueue;
import io.github.multiproc.ManagedSemaphore;
import io.github.multiproc.ManagedValue;
import io.github.multiproc.Manager;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/**
 * The bodies of the workers {@link ManagerWorkers#managerTypes} runs for the manager's
 * synchronization types, by job name; each gets its proxies in a list and says what it saw.
 */
final class ManagerTypesWorkers {
  private ManagerTypesWorkers() {}

  @SuppressWarnings("unchecked")
  static String run(String job, List<Object> a) throws Exception {
    switch (job) {
      case "holdPermits":
        {
          // Takes every permit, says so, and gives them back when told.
          ManagedSemaphore semaphore = (ManagedSemaphore) a.get(0);
          ManagedEvent taken = (ManagedEvent) a.get(1);
          ManagedEvent giveBack = (ManagedEvent) a.get(2);
          int permits = (Integer) a.get(3);
          for (int i = 0; i < permits; i++) {
            semaphore.acquire();
          }
          taken.set();
          if (!giveBack.waitFor(Duration.ofSeconds(20))) {
            return "never told to give the permits back";
          }
          for (int i = 0; i < permits; i++) {
            semaphore.release();
          }
          return "released " + permits;
        }
      case "awaitCondition":
        {
          // Waits, under the condition's lock, until the value reaches 3.
          ManagedCondition condition = (ManagedCondition) a.get(0);
          ManagedValue<Integer> value = (ManagedValue<Integer>) a.get(1);
          ManagedEvent waiting = (ManagedEvent) a.get(2);
          Lock lock = condition.lock();
          lock.lock();
          try {
            waiting.set(); // the parent can lock only once this await has released the lock
            while (value.get() < 3) {
              if (!condition.await(20, TimeUnit.SECONDS)) {
                return "timed out waiting for a signal";
              }
            }
            return "woke with " + value.get();
          } finally {
            lock.unlock();
          }
        }
      case "awaitBarrier":
        {
          ManagedBarrier barrier = (ManagedBarrier) a.get(0);
          try {
            return "index " + barrier.await();
          } catch (java.util.concurrent.BrokenBarrierException e) {
            return "broken, caused by "
                + (e.getCause() == null ? "nothing" : e.getCause().getClass().getSimpleName());
          }
        }
      case "consume":
        {
          // Takes items until "stop", marking each done; collects the others.
          ManagedJoinableQueue<Object> queue = (ManagedJoinableQueue<Object>) a.get(0);
          List<Object> seen = (List<Object>) a.get(1);
          while (true) {
            Object item = queue.take();
            if ("stop".equals(item)) {
              queue.taskDone();
              return "stopped";
            }
            seen.add(item);
            queue.taskDone();
          }
        }
      case "fillArray":
        {
          // Squares every slot, then tries a value of the wrong type.
          List<Object> array = (List<Object>) a.get(0);
          ManagedValue<Object> value = (ManagedValue<Object>) a.get(1);
          for (int i = 0; i < array.size(); i++) {
            array.set(i, i * i);
          }
          value.set(2.5);
          try {
            array.set(0, "zero");
            return "a String went into an 'i' array";
          } catch (IllegalArgumentException e) {
            return e.getMessage();
          }
        }
      case "remoteNamed":
        {
          // A client of a remote manager meets the parent's objects by name.
          String host = (String) a.get(0);
          int port = (Integer) a.get(1);
          byte[] key = (byte[]) a.get(2);
          try (Manager m = Manager.connect(new InetSocketAddress(host, port), key)) {
            Lock lock = m.lock("guard");
            if (lock.tryLock(100, TimeUnit.MILLISECONDS)) {
              return "the parent's named lock was free";
            }
            m.value("answer", 0).set(42);
            m.event("ready").set();
            return "ok";
          }
        }
      default:
        throw new IllegalArgumentException("no job " + job);
    }
  }
}
