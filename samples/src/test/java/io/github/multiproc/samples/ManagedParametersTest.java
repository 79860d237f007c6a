package io.github.multiproc.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.ManagedBarrier;
import io.github.multiproc.ManagedCondition;
import io.github.multiproc.ManagedEvent;
import io.github.multiproc.ManagedJoinableQueue;
import io.github.multiproc.ManagedSemaphore;
import io.github.multiproc.ManagedValue;
import io.github.multiproc.Manager;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Manager proxies as declared worker parameter types, through the generated factories. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ManagedParametersTest {
  @Test
  void eventAndValueCrossAsTheirOwnTypes() {
    try (Manager manager = Manager.start()) {
      ManagedEvent ready = manager.event();
      ManagedValue<Integer> value = manager.value('i', 41);
      ChildProcess<Integer> child = ManagedWorkersProcesses.bumpWhenReady(ready, value);
      child.start();
      ready.set();
      assertEquals(42, child.result());
      assertEquals(42, value.get(), "the child changed the parent's value, not a copy");
    }
  }

  @Test
  void barrierSemaphoreJoinableQueueAndConditionCrossAsTheirOwnTypes() throws Exception {
    try (Manager manager = Manager.start()) {
      ManagedBarrier start = manager.barrier(2);
      ManagedSemaphore permit = manager.boundedSemaphore(1);
      ManagedJoinableQueue<String> tasks = manager.joinableQueue();
      ManagedCondition done = manager.condition();
      tasks.put("a");
      tasks.put("b");
      ChildProcess<String> child = ManagedWorkersProcesses.drain(start, permit, tasks, done);
      child.start();
      start.await(Duration.ofSeconds(30));
      assertTrue(tasks.join(Duration.ofSeconds(30)), "the child marked both tasks done");
      assertEquals("ab", child.result());
      assertEquals(1, permit.availablePermits(), "the child gave its permit back");
    }
  }
}
