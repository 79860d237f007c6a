package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.testing.BasicWorkersProcesses;
import io.github.multiproc.testing.LeakCheckExtension;
import io.github.multiproc.testing.PoolWorkersTasks;
import io.github.multiproc.testing.StandbyParent;
import io.github.multiproc.testing.StandbyWorkersProcesses;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link StartMethod#STANDBY}: children run in pre-booted JVMs, one fresh JVM per child. */
@Timeout(90)
@ExtendWith(LeakCheckExtension.class)
class StandbyStartTest {
  private static final String STANDBY_MAIN = "io.github.multiproc.internal.process.StandbyMain";

  /**
   * StandbyPool.READY_AGE_MILLIS and a margin: the pool counts from when {@code start()} returned
   * to it, a little after the JVM appears in a listing.
   */
  private static final Duration READY_AGE = Duration.ofMillis(1_200);

  @AfterEach
  void backToSpawn() {
    Multiproc.setStartMethod(StartMethod.SPAWN);
    Multiproc.setStandbyCount(2);
  }

  @Test
  void aChildRunsInAStandbyJvmAsItsOwnProcess() throws Exception {
    Multiproc.setStartMethod(StartMethod.STANDBY);
    Set<Long> standbys = awaitStandbys(ProcessHandle.current(), 2, null);
    ChildProcess<String> p = StandbyWorkersProcesses.describe();
    p.start();
    String[] seen = p.result().split("\\|");
    assertEquals(STANDBY_MAIN, seen[0], "the child did not run in a standby JVM");
    assertEquals(p.name(), seen[1]);
    assertEquals(p.pid(), Long.parseLong(seen[2]));
    assertTrue(standbys.contains(p.pid()), "pid " + p.pid() + " is none of " + standbys);
    assertEquals(ProcessHandle.current().pid(), Long.parseLong(seen[3]));
    assertEquals(0, p.exitCode());
    assertFalse(p.isAlive());
  }

  @Test
  void everyChildGetsAFreshJvm() throws Exception {
    Multiproc.setStartMethod(StartMethod.STANDBY);
    awaitStandbys(ProcessHandle.current(), 2, null);
    ChildProcess<Integer> first = StandbyWorkersProcesses.bump();
    ChildProcess<Integer> second = StandbyWorkersProcesses.bump();
    first.start();
    second.start();
    assertEquals(1, first.result());
    assertEquals(1, second.result(), "the second child saw the first one's static state");
    assertNotEquals(first.pid(), second.pid());
  }

  @Test
  void exitCodesAndExceptionsAreThoseOfSpawn() throws Exception {
    Multiproc.setStartMethod(StartMethod.STANDBY);
    awaitStandbys(ProcessHandle.current(), 2, null);
    ChildProcess<Void> exits = BasicWorkersProcesses.exit(7);
    exits.start();
    exits.join();
    assertEquals(7, exits.exitCode());
    ChildProcess<Void> fails = BasicWorkersProcesses.fail("boom");
    fails.start();
    RemoteException e = assertThrows(RemoteException.class, fails::result);
    assertEquals("java.lang.IllegalStateException: boom", e.getMessage());
    assertEquals(1, fails.exitCode());
  }

  @Test
  void argumentsLargerThanOneWriteArriveWhole() throws Exception {
    Multiproc.setStartMethod(StartMethod.STANDBY);
    Set<Long> standbys = awaitStandbys(ProcessHandle.current(), 2, null);
    String big = "x".repeat(200_000); // past the pipe's capacity: the watcher writes it
    ChildProcess<String> p = BasicWorkersProcesses.echo(big);
    p.start();
    assertEquals("echo:" + big, p.result());
    assertTrue(standbys.contains(p.pid()));
  }

  @Test
  void terminateAndKillEndAStandbyChild() throws Exception {
    Multiproc.setStartMethod(StartMethod.STANDBY);
    Set<Long> standbys = awaitStandbys(ProcessHandle.current(), 2, null);
    List<ChildProcess<Void>> sleepers = startSleepers(60_000, 60_000);
    ChildProcess<Void> terminated = sleepers.get(0);
    ChildProcess<Void> killed = sleepers.get(1);
    assertTrue(
        standbys.contains(terminated.pid()) && standbys.contains(killed.pid()),
        "pids " + terminated.pid() + ", " + killed.pid() + " are not the standbys " + standbys);
    terminated.terminate();
    killed.kill();
    assertTrue(terminated.join(Duration.ofSeconds(10)));
    assertTrue(killed.join(Duration.ofSeconds(10)));
    assertEquals(-15, terminated.exitCode());
    assertEquals(-9, killed.exitCode());
  }

  @Test
  void replacementsBootOnceEveryChildInAStandbyHasEnded() throws Exception {
    Multiproc.setStartMethod(StartMethod.STANDBY);
    Set<Long> ready = awaitStandbys(ProcessHandle.current(), 2, null);
    long started = System.nanoTime();
    List<ChildProcess<Void>> sleepers = startSleepers(50, 150);
    ChildProcess<Void> shorter = sleepers.get(0);
    ChildProcess<Void> longer = sleepers.get(1);
    assertTrue(
        ready.contains(shorter.pid()) && ready.contains(longer.pid()),
        "pids " + shorter.pid() + ", " + longer.pid() + " are not the standbys " + ready);
    // Before the replacements' 200 ms cap, neither boots while a child in a standby still runs:
    // a booting JVM would take the CPU from the longer child. A listing of the children takes
    // milliseconds, and the longer child or the cap may end while it runs (the replacements then
    // boot, rightly). So a replacement in a listing proves a fault only if the longer child's OS
    // process still ran after the listing ended (ChildProcess.isAlive() turns false later, once
    // the child's resources are released), and the cap (which began after `started`) had not
    // passed.
    Optional<ProcessHandle> longerProcess = ProcessHandle.of(longer.pid());
    long cap = TimeUnit.MILLISECONDS.toNanos(200);
    while (longer.isAlive() && System.nanoTime() - started < cap) {
      Set<Long> booted = standbysOf(ProcessHandle.current(), null);
      long listed = System.nanoTime() - started;
      boolean stillRan = longerProcess.map(ProcessHandle::isAlive).orElse(false);
      booted.removeAll(ready);
      assertTrue(
          booted.isEmpty() || !stillRan || listed >= cap,
          "replacements "
              + booted
              + " booted while "
              + longer.name()
              + " still ran in a standby (listed by "
              + listed / 1_000_000
              + " ms)");
      Thread.sleep(5);
    }
    assertTrue(longer.join(Duration.ofSeconds(10)) && shorter.join(Duration.ofSeconds(10)));
    Set<Long> replacements = awaitStandbys(ProcessHandle.current(), 2, null);
    assertTrue(replacements.stream().noneMatch(ready::contains), replacements + " / " + ready);
  }

  @Test
  void aLoopOfStartsBootsNoStandbyUntilItPauses() throws Exception {
    Multiproc.setStartMethod(StartMethod.STANDBY);
    ProcessHandle self = ProcessHandle.current();
    Set<Long> ready = awaitStandbys(self, 2, null);
    // Two starts take the ready standbys, the others find none ready and spawn. A standby booted
    // meanwhile would take the CPU from the starts it cannot serve in time (its boot and warm-up
    // take longer than a spawn), so none may boot while the starts come back to back. Another
    // thread lists the children, so that the loop itself does not pause between its starts.
    Set<Long> bootedDuringLoop = ConcurrentHashMap.newKeySet();
    AtomicBoolean looping = new AtomicBoolean(true);
    Thread lister =
        new Thread(
            () -> {
              while (looping.get()) {
                Set<Long> listed = standbysOf(self, null);
                listed.removeAll(ready);
                bootedDuringLoop.addAll(listed);
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
              }
            },
            "standby-lister");
    lister.start();
    List<Long> children = new ArrayList<>();
    try {
      for (int i = 0; i < 6; i++) {
        ChildProcess<Void> p = BasicWorkersProcesses.sleep(0);
        p.start();
        assertTrue(p.join(Duration.ofSeconds(30)), p.name() + " did not end");
        children.add(p.pid());
      }
    } finally {
      looping.set(false);
      lister.join();
    }
    assertTrue(ready.containsAll(children.subList(0, 2)), children + " / " + ready);
    assertTrue(
        bootedDuringLoop.isEmpty(),
        "standbys " + bootedDuringLoop + " booted while the starts came back to back");
    // Once the loop pauses, the pool fills again.
    Set<Long> replacements = awaitStandbys(self, 2, null);
    assertTrue(replacements.stream().noneMatch(ready::contains), replacements + " / " + ready);
  }

  @Test
  void aChildWithOtherJvmArgsSpawnsThenGetsStandbysOfItsOwn() throws Exception {
    Multiproc.setStartMethod(StartMethod.STANDBY);
    awaitStandbys(ProcessHandle.current(), 2, null);
    ChildProcess<String> first =
        StandbyWorkersProcesses.describe().jvmArgs("-Dmultiproc.test.mark=x");
    first.start();
    String[] seen = first.result().split("\\|");
    assertNotEquals(STANDBY_MAIN, seen[0], "a standby without the child's JVM args was used");
    assertEquals("x", seen[4]);
    Set<Long> own = awaitStandbys(ProcessHandle.current(), 2, "-Dmultiproc.test.mark=x");
    ChildProcess<String> second =
        StandbyWorkersProcesses.describe().jvmArgs("-Dmultiproc.test.mark=x");
    second.start();
    seen = second.result().split("\\|");
    assertEquals(STANDBY_MAIN, seen[0]);
    assertEquals("x", seen[4]);
    assertTrue(own.contains(second.pid()));
  }

  @Test
  void poolWorkersComeFromStandbysOfTheirOwnWarmedUpWithoutUserCode() throws Exception {
    Multiproc.setStartMethod(StartMethod.STANDBY);
    try (Pool first = Pool.create(1)) {
      assertNotEquals(
          STANDBY_MAIN,
          first.apply(PoolWorkersTasks.mainClass, null),
          "no standby for pool workers was booted yet");
    }
    // Booted for the pool workers' JVM arguments, told to preload (and warm up) their launcher.
    awaitStandbys(ProcessHandle.current(), 2, "-XX:+ExitOnOutOfMemoryError");
    try (Pool pool = Pool.create(1)) {
      assertEquals(STANDBY_MAIN, pool.apply(PoolWorkersTasks.mainClass, null));
      assertEquals(
          1,
          pool.apply(PoolWorkersTasks.callCount, null),
          "the standby worker ran user tasks before the one it was sent (in its warm-up?)");
      assertEquals(List.of(0, 1, 4, 9), pool.map(PoolWorkersTasks.square, List.of(0, 1, 2, 3)));
    }
  }

  @Test
  void aProcessMayChooseStandbyOnItsOwn() throws Exception {
    // The default is SPAWN, so no standby is booted: the process that asks for one waits for it.
    assertEquals(StartMethod.SPAWN, Multiproc.getStartMethod());
    ChildProcess<String> first =
        StandbyWorkersProcesses.describe().startMethod(StartMethod.STANDBY);
    first.start();
    String[] seen = first.result().split("\\|");
    assertEquals(STANDBY_MAIN, seen[0], "STANDBY chosen per process spawned");
    assertEquals("STANDBY", seen[5], "the child's get_start_method()");
    ChildProcess<String> second =
        StandbyWorkersProcesses.describe().startMethod(StartMethod.STANDBY);
    second.start();
    assertEquals(STANDBY_MAIN, second.result().split("\\|")[0]);
    ChildProcess<String> spawned = StandbyWorkersProcesses.describe();
    spawned.start();
    seen = spawned.result().split("\\|");
    assertNotEquals(STANDBY_MAIN, seen[0], "SPAWN used a standby");
    assertEquals("SPAWN", seen[5], "the child's get_start_method()");
  }

  @Test
  void aProcessThatChoseStandbyGetsOneForEachOfStartsBackToBack() throws Exception {
    // The default is SPAWN: each start waits for a standby, and the replacements of the standbys
    // taken before must boot for it although the starts have not paused.
    assertEquals(StartMethod.SPAWN, Multiproc.getStartMethod());
    for (int i = 0; i < 3; i++) {
      ChildProcess<String> p = StandbyWorkersProcesses.describe().startMethod(StartMethod.STANDBY);
      p.start();
      assertEquals(STANDBY_MAIN, p.result().split("\\|")[0], "start " + i + " spawned");
    }
  }

  @Test
  void aChildStartedByDefaultFromAStandbyKnowsItsStartMethod() throws Exception {
    Multiproc.setStartMethod(StartMethod.STANDBY);
    awaitStandbys(ProcessHandle.current(), 2, null);
    ChildProcess<String> p = StandbyWorkersProcesses.describe();
    p.start();
    String[] seen = p.result().split("\\|");
    assertEquals(STANDBY_MAIN, seen[0]);
    assertEquals("STANDBY", seen[5]);
  }

  @Test
  void aStandbyCountOfZeroEndsTheIdleStandbys() throws Exception {
    Multiproc.setStartMethod(StartMethod.STANDBY);
    Set<Long> standbys = awaitStandbys(ProcessHandle.current(), 2, null);
    Multiproc.setStandbyCount(0);
    assertAllGone(standbys, 5_000, "still runs");
    ChildProcess<Integer> p = StandbyWorkersProcesses.bump();
    p.start();
    assertEquals(1, p.result(), "with no standby the start spawns");
    Thread.sleep(300);
    assertEquals(Set.of(), standbysOf(ProcessHandle.current(), null), "a count of 0 boots none");
    Multiproc.setStandbyCount(1);
    assertEquals(1, awaitStandbys(ProcessHandle.current(), 1, null).size());
  }

  @Test
  void switchingBackToSpawnEndsTheIdleStandbys() throws Exception {
    Multiproc.setStartMethod(StartMethod.STANDBY);
    Set<Long> standbys = awaitStandbys(ProcessHandle.current(), 2, null);
    Multiproc.setStartMethod(StartMethod.SPAWN);
    assertAllGone(standbys, 5_000, "still runs");
  }

  @Test
  void standbysDieWhenTheirParentIsKilled() throws Exception {
    Process parent = startParent("hold");
    Set<Long> standbys = awaitStandbys(parent.toHandle(), 2, null);
    parent.destroyForcibly();
    parent.waitFor();
    // a standby still warming up reads the end of its stdin once it is done
    assertAllGone(standbys, 10_000, "outlived its killed parent");
  }

  @Test
  void aStandbyStillWarmingUpDiesWithinASecondOfItsKilledParent() throws Exception {
    Process parent = startParent("slow");
    assertEquals(
        "ready",
        new java.io.BufferedReader(new java.io.InputStreamReader(parent.getInputStream()))
            .readLine());
    // The standbys booted after the child preload its launcher: they stay in its slow warm-up.
    Set<Long> standbys = awaitStandbys(parent.toHandle(), 2, null);
    parent.destroyForcibly();
    parent.waitFor();
    assertAllGone(standbys, 1_000, "outlived its killed parent by over a second, warming up");
  }

  @Test
  void standbysEndWhenTheirParentExits() throws Exception {
    Process parent = startParent("exit");
    Set<Long> standbys = awaitStandbys(parent.toHandle(), 2, null);
    assertTrue(parent.waitFor(30, TimeUnit.SECONDS), "the parent did not exit");
    assertAllGone(standbys, 5_000, "outlived its parent");
  }

  @Test
  void printsStartJoinLatency() throws Exception {
    Multiproc.setStandbyCount(1);
    Multiproc.setStartMethod(StartMethod.STANDBY);
    long[] standby = new long[7];
    for (int i = 0; i < standby.length; i++) {
      awaitStandbys(ProcessHandle.current(), 1, null);
      standby[i] = startJoin(BasicWorkersProcesses.add(i, 1), i + 1);
    }
    Multiproc.setStandbyCount(0);
    long[] none = new long[5];
    for (int i = 0; i < none.length; i++) {
      none[i] = startJoin(BasicWorkersProcesses.add(i, 1), i + 1);
    }
    System.out.printf(
        "STANDBY start+join of a trivial worker: %.2f ms median (min %.2f) with a"
            + " ready standby %s, %.2f ms median (min %.2f) with none ready%n",
        median(standby), min(standby), Arrays.toString(millis(standby)), median(none), min(none));
  }

  private static long startJoin(ChildProcess<Integer> p, int expected) {
    long begin = System.nanoTime();
    p.start();
    p.join();
    long nanos = System.nanoTime() - begin;
    assertEquals(expected, p.result());
    return nanos;
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1e6;
  }

  private static double min(long[] nanos) {
    return Arrays.stream(nanos).min().orElse(0) / 1e6;
  }

  private static String[] millis(long[] nanos) {
    return Arrays.stream(nanos)
        .mapToObj(n -> String.format("%.1f", n / 1e6))
        .toArray(String[]::new);
  }

  private static Process startParent(String then) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            List.of(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                StandbyParent.class.getName(),
                then,
                "3000"))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  /**
   * Waits until {@code parent} has {@code count} standby JVMs (with {@code arg} if not null) that a
   * start takes: ready ones. A standby is ready once it has said HELLO or has been up for a second
   * ({@code StandbyPool.READY_AGE_MILLIS}); the test cannot see the HELLO, so it waits for the age.
   */
  private static Set<Long> awaitStandbys(ProcessHandle parent, int count, String arg)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    Map<Long, Long> firstSeen = new HashMap<>();
    while (true) {
      Set<Long> found = standbysOf(parent, arg);
      long now = System.nanoTime();
      found.forEach(pid -> firstSeen.putIfAbsent(pid, now));
      if (found.size() >= count) {
        for (long pid : found) {
          awaitAge(pid, firstSeen.get(pid));
        }
        return found;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("expected " + count + " standby JVMs, found " + found);
      }
      Thread.sleep(20);
    }
  }

  /** Starts two children sleeping this long, in this order (the ready standbys take them). */
  private static List<ChildProcess<Void>> startSleepers(long firstMillis, long secondMillis) {
    List<ChildProcess<Void>> sleepers =
        List.of(
            BasicWorkersProcesses.sleep(firstMillis), BasicWorkersProcesses.sleep(secondMillis));
    sleepers.forEach(ChildProcess::start);
    return sleepers;
  }

  /**
   * Sleeps until {@code pid}, first listed at {@code firstSeenNanos}, has been up for
   * {@link #READY_AGE} by any clock. The OS's start time alone can run up to a second ahead: the
   * JDK adds the process's start in ticks to the boot time in whole seconds ({@code btime}), so a
   * standby could look a second old while the standby pool, which counts from its launch, does not
   * take it yet (the start then spawns, and the test sees a child outside the standbys). The
   * launch was no later than the first listing, nor than the OS's start time plus that second.
   */
  private static void awaitAge(long pid, long firstSeenNanos) throws InterruptedException {
    long launchedBy = firstSeenNanos;
    Optional<Instant> started =
        ProcessHandle.of(pid).flatMap(handle -> handle.info().startInstant());
    if (started.isPresent()) {
      long sinceStart = Duration.between(started.get(), Instant.now()).toNanos();
      long osBound = System.nanoTime() - sinceStart + TimeUnit.SECONDS.toNanos(1);
      launchedBy = Math.min(launchedBy, osBound);
    }
    long left = launchedBy + READY_AGE.toNanos() - System.nanoTime();
    if (left > 0) {
      TimeUnit.NANOSECONDS.sleep(left);
    }
  }

  private static Set<Long> standbysOf(ProcessHandle parent, String arg) {
    Stream<ProcessHandle> children = parent.children();
    return children
        .filter(ProcessHandle::isAlive)
        .filter(
            child -> {
              String line = child.info().commandLine().orElse("");
              return line.contains(STANDBY_MAIN) && (arg == null || line.contains(arg));
            })
        .map(ProcessHandle::pid)
        .collect(Collectors.toSet());
  }

  /** Asserts that each of {@code pids} ends within {@code millis}; else "standby <pid> <what>". */
  private static void assertAllGone(Set<Long> pids, long millis, String what)
      throws InterruptedException {
    for (long pid : pids) {
      assertTrue(awaitGone(pid, millis), "standby " + pid + " " + what);
    }
  }

  private static boolean awaitGone(long pid, long millis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (true) {
      var handle = ProcessHandle.of(pid);
      if (handle.isEmpty() || !ExitSemanticsTest.running(handle.get())) {
        return true;
      }
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(10);
    }
  }
}
