package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.multiproc.internal.hub.PidDirectories;
import io.github.multiproc.internal.shm.Segments;
import io.github.multiproc.testing.ForeignNamespaceProbe;
import io.github.multiproc.testing.ShmTestExtension;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two multiproc programs in different pid namespaces that share {@code /dev/shm} and the temp dir,
 * as two containers with {@code --ipc=host} do: neither takes over a lock the other's live process
 * holds, nor skips its live waiters, nor sweeps away its segments and directories. The second
 * program is a {@link ForeignNamespaceProbe} run under {@code unshare --pid --fork --mount-proc},
 * which needs root (or user namespaces); elsewhere the tests are skipped.
 */
class ForeignPidNamespaceTest {
  @RegisterExtension static final ShmTestExtension SHM = new ShmTestExtension();

  private static final List<String> UNSHARE = List.of("unshare", "--pid", "--fork", "--mount-proc");

  @BeforeAll
  static void needsUnshare() throws InterruptedException {
    assumeTrue(
        runs(concat(UNSHARE, List.of("true"))),
        "skipped: 'unshare --pid --fork --mount-proc' cannot run here (it needs"
            + " util-linux and root or unprivileged user namespaces), so no second pid namespace");
  }

  @Test
  @Timeout(120)
  void aProgramInAnotherPidNamespaceNeitherTakesOverNorSkipsNorSweepsWhatALiveProcessHas()
      throws Exception {
    Path base = Files.createTempDirectory("foreign-pid-namespace");
    try (ReentrantProcessLock lock = ReentrantProcessLock.create();
        ProcessCondition condition = ProcessCondition.create()) {
      Path hub = PidDirectories.create(base, "multiproc-hub-");
      Path fifos = PidDirectories.create(base, "multiproc-control-");
      lock.lock();
      CountDownLatch waiting = new CountDownLatch(1);
      FutureTask<Boolean> waiter =
          new FutureTask<>(
              () -> {
                condition.lock().lock();
                try {
                  waiting.countDown();
                  return condition.await(60, TimeUnit.SECONDS);
                } finally {
                  condition.lock().unlock();
                }
              });
      new Thread(waiter, "foreign-namespace-waiter").start();
      waiting.await();
      condition.lock().lock(); // free again only once the waiter is in the table, inside await
      condition.lock().unlock();

      List<String> out =
          outputOf(probe("try", lock.name(), "signal", condition.name(), "sweep", base.toString()));

      assertEquals("locked false", out.get(0), "a live holder's lock was taken over: " + out);
      assertEquals("signalled 1", out.get(1), "a live waiter was skipped: " + out);
      assertTrue(waiter.get(30, TimeUnit.SECONDS), "the waiter never saw the signal");
      assertTrue(lock.isHeldByCurrentThread());
      assertFalse(lock.wasAbandoned());
      for (String name : new String[] {lock.name(), condition.name()}) {
        assertTrue(Files.exists(Segments.directory().resolve(name)), "segment " + name + " swept");
      }
      assertTrue(Files.exists(hub), "the hub directory was swept");
      assertTrue(Files.exists(fifos), "the control-FIFO directory was swept");
      lock.unlock();
    } finally {
      try (var dirs = Files.list(base)) {
        dirs.forEach(PidDirectories::deleteQuietly);
      }
      Files.delete(base);
    }
  }

  /**
   * A party of the other namespace that waits at a barrier with a party of this one checks the
   * arrivals' processes every 20 ms: it must not break the barrier for one it cannot see.
   */
  @Test
  @Timeout(120)
  void aBarrierPartyInAnotherPidNamespaceIsNotTakenForDead() throws Exception {
    try (ProcessBarrier barrier = ProcessBarrier.create(3)) {
      FutureTask<Integer> first = new FutureTask<>(() -> barrier.await(Duration.ofSeconds(60)));
      new Thread(first, "foreign-namespace-party").start();
      while (barrier.numberWaiting() < 1) {
        Thread.sleep(1);
      }
      Process probe = probe("await", barrier.name());
      while (barrier.numberWaiting() < 2) {
        assertTrue(probe.isAlive(), "the probe ended before it arrived");
        Thread.sleep(1);
      }
      Thread.sleep(300); // the probe checks the parties that arrived many times meanwhile
      barrier.await(Duration.ofSeconds(30));
      assertEquals(List.of("passed"), outputOf(probe));
      first.get(30, TimeUnit.SECONDS);
    }
  }

  /**
   * Each JVM is pid 1 of its namespace and runs on thread 1, so a lock word made of pid and thread
   * id would be the same for both: the second would take the first's hold for its own.
   */
  @Test
  @Timeout(120)
  void twoJvmsThatAreEachPidOneOfTheirNamespaceExcludeEachOther() throws Exception {
    try (ReentrantProcessLock lock = ReentrantProcessLock.create()) {
      Process holder = probe("hold", lock.name());
      try {
        BufferedReader lines =
            new BufferedReader(
                new InputStreamReader(holder.getInputStream(), StandardCharsets.US_ASCII));
        assertEquals("holding", lines.readLine());
        List<String> out = outputOf(probe("try", lock.name()));
        assertEquals("locked false", out.get(0), "the lock was entered by two processes: " + out);
        holder.getOutputStream().close();
        removeOwnerFile(lines.readLine());
        assertEquals(0, holder.waitFor());
      } finally {
        holder.destroyForcibly().waitFor();
      }
      assertFalse(lock.isLocked());
    }
  }

  /**
   * A holder in this pid namespace but in a time namespace whose boot clock is 100 s ahead: its
   * {@code /proc} shows start times 100 s later than this one's does, which must not pass for
   * another process that took its pid.
   */
  @Test
  @Timeout(120)
  void aHolderInATimeNamespaceWithABootOffsetIsNotTakenForAnotherProcess() throws Exception {
    List<String> timeNamespace = List.of("unshare", "--time", "--boottime", "100", "--fork");
    assumeTrue(
        runs(concat(timeNamespace, List.of("true"))),
        "skipped: 'unshare --time' cannot"
            + " run here (it needs Linux 5.6+ and root), so no time namespace");
    try (ReentrantProcessLock lock = ReentrantProcessLock.create()) {
      Process holder = probe(timeNamespace, "hold", lock.name());
      try {
        BufferedReader lines =
            new BufferedReader(
                new InputStreamReader(holder.getInputStream(), StandardCharsets.US_ASCII));
        assertEquals("holding", lines.readLine());
        assertFalse(
            lock.tryLock(500, TimeUnit.MILLISECONDS), "a live holder's lock was taken over");
        holder.getOutputStream().close();
        removeOwnerFile(lines.readLine());
        assertEquals(0, holder.waitFor());
      } finally {
        holder.destroyForcibly().waitFor();
      }
      assertTrue(lock.tryLock(), "the lock stayed held after its holder let go");
      assertFalse(lock.wasAbandoned());
      lock.unlock();
    }
  }

  private static Process probe(String... commands) throws IOException {
    return probe(UNSHARE, commands);
  }

  private static Process probe(List<String> unshare, String... commands) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(unshare);
    // No perf-data file: each probe is pid 1, and the JVMs would warn on stdout about sharing one.
    command.addAll(
        List.of(
            java.toString(),
            "-XX:-UsePerfData",
            "-cp",
            System.getProperty("java.class.path"),
            ForeignNamespaceProbe.class.getName()));
    command.addAll(List.of(commands));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  /** The lines a probe printed before its owner number, once it has exited with 0. */
  private static List<String> outputOf(Process probe) throws Exception {
    List<String> lines =
        new ArrayList<>(
            List.of(
                new String(probe.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
                    .split("\n")));
    assertTrue(probe.waitFor(60, TimeUnit.SECONDS), "the probe did not end");
    assertEquals(0, probe.exitValue(), "the probe failed: " + lines);
    removeOwnerFile(lines.remove(lines.size() - 1));
    return lines;
  }

  /** Removes a probe's owner file: no process outside its namespace can prove it dead. */
  private static void removeOwnerFile(String ownerLine) throws IOException {
    assertTrue(ownerLine != null && ownerLine.startsWith("owner "), "probe printed " + ownerLine);
    Files.deleteIfExists(
        Segments.directory().resolve("multiproc-owner-" + ownerLine.substring("owner ".length())));
  }

  /** Whether {@code command} runs and exits with 0 within 10 s. */
  private static boolean runs(List<String> command) throws InterruptedException {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      boolean works = process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
      process.destroyForcibly();
      return works;
    } catch (IOException e) {
      return false;
    }
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
