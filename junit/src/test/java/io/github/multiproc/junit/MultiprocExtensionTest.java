package io.github.multiproc.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.multiproc.Multiproc;
import io.github.multiproc.SharedMemory;
import io.github.multiproc.StartMethod;
import io.github.multiproc.ThreadPool;
import io.github.multiproc.internal.process.StartMethods;
import io.github.multiproc.internal.shm.Segments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs test classes that leak (static nested classes, which Surefire does not run by itself)
 * through JUnit's {@link EngineTestKit} and checks that the extension fails each with a message
 * naming the leak, and that the leak is gone afterwards.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MultiprocExtensionTest {
  /** What a leaking test left, for the checks after it ran. */
  static volatile long leakedPid;

  static volatile Path leakedSegment;

  @AfterEach
  void restoreStartMethod() {
    Multiproc.setStartMethod(StartMethod.SPAWN);
  }

  @Test
  void childLeftAliveFailsTheTestByNameAndIsKilled() {
    String message = failureOf(LeavesChild.class);

    assertTrue(
        message.contains("child process 'leaky-sleeper' (pid " + leakedPid + ") is alive"),
        message);
    assertFalse(
        ProcessHandle.of(leakedPid).map(ProcessHandle::isAlive).orElse(false),
        "the leaked child still runs");
    assertEquals(List.of(), Multiproc.activeChildren());
  }

  @Test
  void segmentLeftFailsTheTestAndIsUnlinked() {
    String message = failureOf(LeavesSegment.class);

    assertTrue(message.contains("shared memory segment " + leakedSegment + " exists"), message);
    assertFalse(Files.exists(leakedSegment), "the leaked segment is still there");
  }

  @Test
  void threadPoolLeftOpenFailsTheTestAndIsTerminated() {
    String message = failureOf(LeavesThreadPool.class);

    assertTrue(message.contains("pool of 2 threads, open: not terminated and joined"), message);
    assertTrue(message.contains("thread 'multiproc-threadpool-worker-"), message);
    assertTrue(
        Thread.getAllStackTraces().keySet().stream()
            .noneMatch(thread -> thread.getName().startsWith("multiproc-threadpool")));
  }

  @Test
  void standbysLeftRunningFailTheTestAndAreEnded() {
    String message = failureOf(LeavesStandbys.class);

    assertTrue(message.contains("standby JVMs are kept, 0 before the test"), message);
    assertEquals(0, StartMethods.standbysKept());
  }

  @Test
  void testsThatCleanUpPass() {
    Events tests =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(CleansUp.class))
            .execute()
            .testEvents();

    tests.assertStatistics(stats -> stats.succeeded(3).failed(0));
  }

  /** Runs {@code testClass}, which has one test, and returns the message it failed with. */
  private static String failureOf(Class<?> testClass) {
    Events tests =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(testClass))
            .execute()
            .testEvents();
    tests.assertStatistics(stats -> stats.failed(1));
    Event failed = tests.failed().list().get(0);
    Throwable thrown =
        failed
            .getPayload(org.junit.platform.engine.TestExecutionResult.class)
            .orElseThrow()
            .getThrowable()
            .orElseThrow();
    assertEquals(AssertionError.class, thrown.getClass(), String.valueOf(thrown));
    return thrown.getMessage();
  }

  @MultiprocTest
  static class LeavesChild {
    @Test
    void startsAndForgets() {
      var child = SleepLauncher.sleep("leaky-sleeper", 60_000);
      child.start();
      leakedPid = child.pid();
    }
  }

  @MultiprocTest
  static class LeavesSegment {
    @Test
    void createsAndForgets() {
      SharedMemory memory = SharedMemory.create(64);
      leakedSegment = Segments.directory().resolve(memory.name());
    }
  }

  @MultiprocTest
  static class LeavesThreadPool {
    @Test
    void createsAndForgets() {
      ThreadPool.create(2);
    }
  }

  @MultiprocTest
  static class LeavesStandbys {
    @Test
    void turnsStandbyOn() {
      Multiproc.setStartMethod(StartMethod.STANDBY);
      var child = SleepLauncher.sleep("standby-sleeper", 0);
      child.start();
      child.join();
    }
  }

  /** The same resources, released: no test may fail. */
  @MultiprocTest
  static class CleansUp {
    @AfterEach
    void spawnAgain() {
      Multiproc.setStartMethod(StartMethod.SPAWN);
    }

    @Test
    void joinsItsChild() {
      var child = SleepLauncher.sleep("joined-sleeper", 0);
      child.start();
      assertTrue(child.join(Duration.ofSeconds(60)));
    }

    @Test
    void closesItsSegmentAndPool() {
      SharedMemory.create(64).close();
      ThreadPool pool = ThreadPool.create(2);
      pool.close();
    }

    @Test
    void endsTheStandbysItStarted() {
      Multiproc.setStartMethod(StartMethod.STANDBY);
      var child = SleepLauncher.sleep("standby-sleeper", 0);
      child.start();
      child.join();
    }
  }
}
