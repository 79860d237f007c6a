package demo;

import io.github.multiproc.ManagedBarrier;
import io.github.multiproc.ManagedCondition;
import io.github.multiproc.ManagedEvent;
import io.github.multiproc.ManagedJoinableQueue;
import io.github.multiproc.ManagedSemaphore;
import io.github.multiproc.ManagedValue;
import io.github.multiproc.annotation.Worker;

/** Workers whose parameters are manager proxies of the manager's own types. */
public class Waiter {
  @Worker
  public static int waitAndRead(ManagedEvent ready, ManagedValue<Integer> count)
      throws InterruptedException {
    ready.waitFor();
    return count.get();
  }

  @Worker
  static void coordinate(ManagedSemaphore slots, ManagedCondition changed, ManagedBarrier start,
      ManagedJoinableQueue<String> tasks) throws Exception {
    start.await();
    slots.acquire();
    tasks.take();
    tasks.taskDone();
    changed.lock().lock();
    changed.signalAll();
    changed.lock().unlock();
    slots.release();
  }
}
