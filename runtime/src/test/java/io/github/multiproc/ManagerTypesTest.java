package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.testing.ChildCleanup;
import io.github.multiproc.testing.ManagerTestInitializer;
import io.github.multiproc.testing.ManagerWorkersProcesses;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Lock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manager's synchronization and typed types (Python's {@code SyncManager} registry:
 * Semaphore, BoundedSemaphore, Condition, Barrier, Queue(maxsize), JoinableQueue, Array, typed
 * Value, named objects), each used from child processes.
 */
@Timeout(90)
class ManagerTypesTest {
  private final List<ChildProcess<?>> children = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    for (ChildProcess<?> child : children) {
      if (child.isAlive()) {
        child.kill();
      }
      child.join(Duration.ofSeconds(5));
    }
    ChildCleanup.killDescendants();
  }

  private ChildProcess<String> started(String job, Object... handles) {
    ChildProcess<String> child = ManagerWorkersProcesses.managerTypes(job, Arrays.asList(handles));
    children.add(child);
    child.start();
    return child;
  }

  @Test
  void semaphoreHeldByAChildAdmitsNobodyElse() throws Exception {
    try (Manager manager = Manager.start()) {
      ManagedSemaphore semaphore = manager.semaphore(2);
      ManagedEvent taken = manager.event();
      ManagedEvent giveBack = manager.event();
      ChildProcess<String> child = started("holdPermits", semaphore, taken, giveBack, 2);
      assertTrue(taken.waitFor(Duration.ofSeconds(30)));
      assertEquals(0, semaphore.availablePermits());
      assertFalse(semaphore.tryAcquire(100, TimeUnit.MILLISECONDS));
      giveBack.set();
      assertTrue(semaphore.tryAcquire(20, TimeUnit.SECONDS));
      assertEquals("released 2", child.result());
      semaphore.release();
      semaphore.release(); // unbounded: may grow, as Python's
      assertEquals(3, semaphore.availablePermits());

      ManagedSemaphore bounded = manager.boundedSemaphore(1);
      bounded.acquire();
      bounded.release();
      IllegalStateException e = assertThrows(IllegalStateException.class, bounded::release);
      assertTrue(e.getMessage().contains("released too many times"), e.getMessage());
    }
  }

  @Test
  void conditionSignalWakesAWaiterInAnotherProcess() throws Exception {
    try (Manager manager = Manager.start()) {
      ManagedValue<Integer> value = manager.value(0);
      for (ManagedCondition condition :
          List.of(manager.condition(), (ManagedCondition) manager.lock().newCondition())) {
        value.set(0);
        ManagedEvent waiting = manager.event();
        ChildProcess<String> child = started("awaitCondition", condition, value, waiting);
        assertTrue(waiting.waitFor(Duration.ofSeconds(30)));
        Lock lock = condition.lock();
        lock.lock(); // succeeds only once the child's await has let the lock go
        try {
          value.set(3);
          condition.signal();
        } finally {
          lock.unlock();
        }
        assertEquals("woke with 3", child.result());
      }
    }
  }

  @Test
  void conditionRulesAsPython() throws Exception {
    try (Manager manager = Manager.start()) {
      ManagedCondition condition = manager.condition();
      assertThrows(
          IllegalMonitorStateException.class,
          condition::signal,
          "notify without the lock is Python's RuntimeError");
      assertThrows(
          IllegalMonitorStateException.class, () -> condition.await(10, TimeUnit.MILLISECONDS));
      condition.lock().lock();
      condition.lock().lock(); // the default lock is reentrant, as Python's RLock
      long began = System.nanoTime();
      assertFalse(condition.await(100, TimeUnit.MILLISECONDS), "no signal: timed out");
      assertTrue(System.nanoTime() - began >= 90_000_000L);
      condition.lock().unlock();
      condition.lock().unlock(); // both holds came back after the wait
      assertThrows(IllegalMonitorStateException.class, condition.lock()::unlock);

      ManagedCondition onSameLock = manager.condition(condition.lock());
      onSameLock.lock().lock();
      condition.signal(); // holding onSameLock's lock is holding condition's: it is the same one
      onSameLock.lock().unlock();
      try (ProcessLock processLock = ProcessLock.create()) {
        IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> manager.condition(processLock));
        assertTrue(e.getMessage().contains("ProcessCondition"), e.getMessage());
      }
    }
  }

  @Test
  void barrierAcrossProcessesAndItsDefaultTimeout() throws Exception {
    try (Manager manager = Manager.start()) {
      ManagedBarrier barrier = manager.barrier(3);
      ChildProcess<String> a = started("awaitBarrier", barrier);
      ChildProcess<String> b = started("awaitBarrier", barrier);
      int mine = barrier.await(Duration.ofSeconds(30));
      List<String> indices = new ArrayList<>(List.of(a.result(), b.result(), "index " + mine));
      indices.sort(null);
      assertEquals(List.of("index 0", "index 1", "index 2"), indices);
      assertEquals(3, barrier.parties());
      assertEquals(0, barrier.numberWaiting());

      ManagedBarrier timed = manager.barrier(2, Duration.ofMillis(300));
      assertEquals("broken, caused by TimeoutException", started("awaitBarrier", timed).result());
      assertTrue(timed.isBroken());
      assertThrows(BrokenBarrierException.class, timed::await);
      timed.reset();
      assertFalse(timed.isBroken());
      assertThrows(TimeoutException.class, () -> timed.await(Duration.ofMillis(50)));
      timed.reset();
      timed.abort();
      assertTrue(timed.isBroken(), "abort leaves it broken");
      assertThrows(IllegalArgumentException.class, () -> manager.barrier(2, Duration.ZERO));
    }
  }

  @Test
  void joinableQueueJoinsWhenAChildConsumerIsDone() throws Exception {
    try (Manager manager = Manager.start()) {
      ManagedJoinableQueue<Object> queue = manager.joinableQueue(2);
      List<Object> seen = manager.list();
      ChildProcess<String> consumer = started("consume", queue, seen);
      for (int i = 0; i < 10; i++) {
        queue.put(i);
        assertTrue(queue.size() <= 2, "maxsize 2 holds");
      }
      queue.put("stop");
      assertTrue(queue.join(Duration.ofSeconds(30)), "every task marked done");
      assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), new ArrayList<>(seen));
      assertEquals("stopped", consumer.result());
      IllegalStateException e = assertThrows(IllegalStateException.class, queue::taskDone);
      assertTrue(e.getMessage().contains("too many"), e.getMessage());

      BlockingQueue<Object> bounded = manager.queue(1);
      assertTrue(bounded.offer("a"));
      assertFalse(bounded.offer("b"), "Queue(maxsize=1) is full");
      assertFalse(bounded.offer("b", 50, TimeUnit.MILLISECONDS));
      assertEquals(0, bounded.remainingCapacity());
      assertThrows(IllegalArgumentException.class, () -> manager.queue(0));
    }
  }

  @Test
  void typedArrayAndValueRefuseOtherTypesInEveryProcess() throws Exception {
    try (Manager manager = Manager.start()) {
      List<Integer> array = manager.array('i', List.of(7, 7, 7, 7));
      ManagedValue<Double> value = manager.value('d', 0.0);
      String refusal = started("fillArray", array, value).result();
      assertTrue(
          refusal.contains("type code 'i' must be a Integer, not java.lang.String"), refusal);
      assertEquals(List.of(0, 1, 4, 9), new ArrayList<>(array));
      assertEquals("Array('i', [0, 1, 4, 9])", array.toString());
      assertEquals(2.5, value.get());
      @SuppressWarnings({"unchecked", "rawtypes"})
      ManagedValue<Object> loose = (ManagedValue) value;
      assertThrows(IllegalArgumentException.class, () -> loose.set(3));
      assertThrows(UnsupportedOperationException.class, () -> array.add(1), "fixed length");
      assertThrows(IndexOutOfBoundsException.class, () -> array.get(4));
      IllegalArgumentException unsigned =
          assertThrows(IllegalArgumentException.class, () -> manager.value('I', 1));
      assertTrue(unsigned.getMessage().contains("unsigned"), unsigned.getMessage());
      assertThrows(IllegalArgumentException.class, () -> manager.array('d', List.of(1, 2)));
    }
  }

  @Test
  void namedLockEventAndValueMeetARemoteClient() throws Exception {
    byte[] key = "a secret of 16+ bytes".getBytes(StandardCharsets.UTF_8);
    InetAddress loopback = InetAddress.getLoopbackAddress();
    try (Manager server = Manager.serve(new InetSocketAddress(loopback, 0), key)) {
      int port = ((InetSocketAddress) server.address()).getPort();
      Lock guard = server.lock("guard");
      guard.lock();
      try {
        ChildProcess<String> client = started("remoteNamed", loopback.getHostAddress(), port, key);
        assertTrue(server.event("ready").waitFor(Duration.ofSeconds(30)));
        assertEquals(42, server.value("answer", -1).get(), "found, not made again");
        assertEquals("ok", client.result());
      } finally {
        guard.unlock();
      }
    }
  }

  @Test
  void initializerRunsInTheServerProcessBeforeItServes(@TempDir Path dir) throws Exception {
    Path written = dir.resolve("initialized");
    try (Manager manager =
        Manager.start(ManagerTestInitializer.class, written.toString(), "hello")) {
      assertEquals(
          manager.pid() + " hello",
          Files.readString(written),
          "ran in the manager's own process, with the initargs, before the first client call");
    }
    IllegalStateException failed =
        assertThrows(
            IllegalStateException.class,
            () -> Manager.start(ManagerTestInitializer.class, written.toString(), "fail"));
    assertTrue(
        String.valueOf(failed.getCause()).contains("initializer refused to start: fail"),
        String.valueOf(failed.getCause()));
    IllegalArgumentException unregistered =
        assertThrows(IllegalArgumentException.class, () -> Manager.start(Unregistered.class));
    assertTrue(
        unregistered
            .getMessage()
            .contains("META-INF/services/io.github.multiproc.ManagerInitializer"),
        unregistered.getMessage());
  }

  /** An initializer nobody registered: the server may not run it. */
  public static final class Unregistered implements ManagerInitializer {
    @Override
    public void initialize(List<Object> args) {}
  }
}
