package io.github.multiproc.samples;

import io.github.multiproc.ManagedBarrier;
import io.github.multiproc.ManagedCondition;
import io.github.multiproc.ManagedEvent;
import io.github.multiproc.ManagedJoinableQueue;
import io.github.multiproc.ManagedSemaphore;
import io.github.multiproc.ManagedValue;
import io.github.multiproc.annotation.Worker;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Workers whose parameters are declared as the manager's own proxy types, compiled by the real
 * processor: the generated launcher must hand each worker a proxy of the parent's object.
 */
final class ManagedWorkers {
  private ManagedWorkers() {}

  /** Python: {@code def f(ready, v): ready.wait(); v.value += 1}. */
  @Worker
  static int bumpWhenReady(ManagedEvent ready, ManagedValue<Integer> value)
      throws InterruptedException {
    if (!ready.waitFor(Duration.ofSeconds(30))) {
      return -1;
    }
    value.set(value.get() + 1);
    return value.get();
  }

  /**
   * Meets the parent at {@code start}, takes a permit, does every task in {@code tasks}, then
   * signals {@code done} under its lock.
   */
  @Worker
  static String drain(
      ManagedBarrier start,
      ManagedSemaphore permit,
      ManagedJoinableQueue<String> tasks,
      ManagedCondition done)
      throws Exception {
    start.await(Duration.ofSeconds(30));
    if (!permit.tryAcquire(30, TimeUnit.SECONDS)) {
      return "no permit";
    }
    StringBuilder seen = new StringBuilder();
    String task;
    while ((task = tasks.poll()) != null) {
      seen.append(task);
      tasks.taskDone();
    }
    permit.release();
    done.lock().lock();
    try {
      done.signalAll();
    } finally {
      done.lock().unlock();
    }
    return seen.toString();
  }
}
