package io.github.multiproc.internal.leak;

import io.github.multiproc.internal.pool.PoolCore;
import io.github.multiproc.internal.process.AttachSocket;
import io.github.multiproc.internal.process.ChildRegistry;
import io.github.multiproc.internal.process.RunningChild;
import io.github.multiproc.internal.process.StartMethods;
import io.github.multiproc.internal.process.TrainingChild;
import io.github.multiproc.internal.shm.Segments;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Finds what a piece of code (a test) left running in this JVM through multiproc, names it and ends
 * it, so the next test starts clean (no Python counterpart; CPython's own test suite does the same
 * by hand with {@code support.reap_children()} and {@code active_children()}). The JUnit 5
 * extension {@code io.github.multiproc.junit.MultiprocExtension} (artifact {@code multiproc-junit})
 * runs it around every test; it is here, JDK-only, so that the runtime's own tests can use it too.
 *
 * <p>{@link #start} takes a baseline; {@link #finish} looks at what is new since then. A leak is:
 * <ul>
 *   <li>a child process still alive (those {@code Multiproc.activeChildren()} lists: workers,
 *       pool workers, manager servers), or any other new descendant process of this JVM;
 *   <li>a pool not terminated and joined (its worker JVMs and threads);
 *   <li>more standby JVMs ({@code StartMethod.STANDBY}) kept than at the baseline: the runtime
 *       keeps idle standbys on purpose once STANDBY is used, so those present at the baseline and
 *       a steady count are not leaks, but a test that turned STANDBY on and did not turn it off
 *       left JVMs that the tests after it did not ask for (standbys the runtime has told to end
 *       are not leaks: they exit by themselves, or the runtime kills them within seconds, and
 *       {@link #finish} waits for them so that the next test does not see them);
 *   <li>a new {@code multiproc-<this pid>-*} segment in {@code /dev/shm};
 *   <li>a new thread of a multiproc object (child watchers, pools, managers, listeners). The
 *       runtime's own service threads (its hub, control FIFO, class-data training, standby
 *       launchers), which live as long as this JVM, are not leaks.
 * </ul>
 *
 * <p>Things still ending when the code returns (a pool closed without {@code join()}, a child
 * just killed) get {@link #LINGER_MILLIS} to go by themselves before they count as leaks.
 * Cleaning up kills each leaked process with its descendants (SIGKILL, as Testcontainers' reaper
 * does), terminates leaked pools, ends the surplus standbys, unlinks leaked segments and
 * interrupts leaked threads.
 */
public final class LeakCheck {
  /** How long what is still ending may take to go by itself before it counts as a leak. */
  public static final long LINGER_MILLIS = 2_000;

  /** How long the clean-up may take before what it could not end is reported as such. */
  private static final long CLEAN_UP_MILLIS = 10_000;

  private static final long POLL_MILLIS = 20;

  /** Names of the threads that belong to a multiproc object a test can leave open. */
  private static final List<String> OBJECT_THREADS =
      List.of(
          "multiproc-watcher-",
          "multiproc-pool",
          "multiproc-threadpool",
          "multiproc-manager",
          "multiproc-listener",
          "multiproc-imap-input");

  private final Set<Long> processesBefore;
  private final Set<Thread> threadsBefore;
  private final Set<String> segmentsBefore;
  private final int standbysBefore;

  private LeakCheck() {
    processesBefore = childPids();
    threadsBefore = objectThreads();
    segmentsBefore = ownSegments();
    standbysBefore = StartMethods.standbysKept();
  }

  /** Takes the baseline: what is running now is not the checked code's. */
  public static LeakCheck start() {
    return new LeakCheck();
  }

  /**
   * Waits up to {@link #LINGER_MILLIS} for what the code since {@link #start} left to end by
   * itself, then ends the rest.
   *
   * @return one line per leak, naming it, in the order children, other processes, pools,
   *     standbys, segments, threads (a line also says when the clean-up could not end it); empty
   *     when nothing leaked
   * @throws InterruptedException if interrupted while waiting (nothing is cleaned up then)
   */
  public List<String> finish() throws InterruptedException {
    Leaks leaks = awaitNone(LINGER_MILLIS);
    List<String> named = leaks.describe();
    if (!leaks.isEmpty()) {
      leaks.cleanUp();
      Leaks left = awaitNone(CLEAN_UP_MILLIS);
      for (String still : left.describe()) {
        named.add("still there after the clean-up: " + still);
      }
    }
    // Not leaks, but the next test should not see them: a test that counts standby JVMs would
    // count these too.
    StartMethods.awaitEndedStandbys(CLEAN_UP_MILLIS);
    return named;
  }

  /**
   * A failure message for {@code what} (a test's name) and the leaks {@link #finish} returned.
   */
  public static String message(String what, List<String> leaks) {
    StringBuilder text =
        new StringBuilder(what)
            .append(" left multiproc resources behind (ended now, so the next test starts clean):");
    for (String leak : leaks) {
      text.append("\n  - ").append(leak);
    }
    return text.append("\nJoin, close or terminate what the test starts, in the test or in an")
        .append(" @AfterEach method.")
        .toString();
  }

  /** Takes a look every {@link #POLL_MILLIS} until nothing leaks or {@code millis} have passed. */
  private Leaks awaitNone(long millis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (true) {
      Leaks leaks = new Leaks();
      if (leaks.isEmpty() || System.nanoTime() - deadline > 0) {
        return leaks;
      }
      Thread.sleep(POLL_MILLIS);
    }
  }

  /** What leaks at one moment. */
  private final class Leaks {
    /** Live children by pid, with their names. */
    final Map<Long, String> children = new HashMap<>();

    /** New descendant processes that are neither children nor kept by the runtime. */
    final List<ProcessHandle> others = new ArrayList<>();

    final List<PoolCore> pools = PoolCore.unjoined();
    final int standbys = StartMethods.standbysKept();
    final Set<String> segments = ownSegments();
    final List<Thread> threads = new ArrayList<>();

    Leaks() {
      for (RunningChild child : ChildRegistry.liveChildren()) {
        children.put(child.pid(), child.name());
      }
      Set<Long> kept = new HashSet<>(StartMethods.standbyPids());
      kept.addAll(TrainingChild.runningPids());
      ProcessHandle.current()
          .children()
          .forEach(
              handle -> {
                if (!kept.contains(handle.pid())
                    && !children.containsKey(handle.pid())
                    && !processesBefore.contains(handle.pid())
                    && handle.isAlive()) {
                  others.add(handle);
                }
              });
      segments.removeAll(segmentsBefore);
      for (Thread thread : objectThreads()) {
        if (!threadsBefore.contains(thread)) {
          threads.add(thread);
        }
      }
    }

    boolean isEmpty() {
      return children.isEmpty()
          && others.isEmpty()
          && pools.isEmpty()
          && standbys <= standbysBefore
          && segments.isEmpty()
          && threads.isEmpty();
    }

    List<String> describe() {
      List<String> lines = new ArrayList<>();
      children.forEach(
          (pid, name) -> lines.add("child process '" + name + "' (pid " + pid + ") is alive"));
      for (ProcessHandle other : others) {
        lines.add(
            "process "
                + other.pid()
                + " ("
                + other.info().commandLine().orElse("?")
                + ") is alive");
      }
      for (PoolCore pool : pools) {
        lines.add(pool + ": not terminated and joined");
      }
      if (standbys > standbysBefore) {
        lines.add(
            standbys
                + " standby JVMs are kept, "
                + standbysBefore
                + " before the test:"
                + " it used StartMethod.STANDBY and did not end them"
                + " (Multiproc.setStartMethod(StartMethod.SPAWN) does)");
      }
      for (String segment : segments) {
        lines.add(
            "shared memory segment "
                + Segments.directory().resolve(segment)
                + " exists (close() and unlink() what the test created)");
      }
      for (Thread thread : threads) {
        lines.add("thread '" + thread.getName() + "' is alive");
      }
      return lines;
    }

    void cleanUp() throws InterruptedException {
      List<ProcessHandle> killed = new ArrayList<>(others);
      for (long pid : children.keySet()) {
        ProcessHandle.of(pid).ifPresent(killed::add);
      }
      for (ProcessHandle process : killed) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
      for (ProcessHandle process : killed) {
        try {
          process.onExit().get(CLEAN_UP_MILLIS, TimeUnit.MILLISECONDS);
          AttachSocket.remove(process.pid()); // killed, so its JVM could not delete it
        } catch (java.util.concurrent.ExecutionException
            | java.util.concurrent.TimeoutException e) {
          // reported as still there by finish()
        }
      }
      for (PoolCore pool : pools) {
        pool.terminate();
      }
      if (standbys > standbysBefore) {
        StartMethods.endStandbys();
      }
      for (String segment : segments) {
        try {
          Files.deleteIfExists(Segments.directory().resolve(segment));
        } catch (IOException e) {
          // reported as still there by finish()
        }
      }
      for (Thread thread : threads) {
        thread.interrupt();
      }
    }
  }

  private static Set<Long> childPids() {
    Set<Long> pids = new HashSet<>();
    ProcessHandle.current().children().forEach(handle -> pids.add(handle.pid()));
    return pids;
  }

  private static Set<Thread> objectThreads() {
    Set<Thread> threads = new HashSet<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      for (String prefix : OBJECT_THREADS) {
        if (thread.getName().startsWith(prefix) && thread.isAlive()) {
          threads.add(thread);
          break;
        }
      }
    }
    return threads;
  }

  /** This JVM's generated segment names in the segment directory. */
  private static Set<String> ownSegments() {
    String own = Segments.PREFIX + ProcessHandle.current().pid() + "-";
    Set<String> names = new TreeSet<>();
    try (DirectoryStream<Path> paths = Files.newDirectoryStream(Segments.directory(), own + "*")) {
      for (Path path : paths) {
        names.add(path.getFileName().toString());
      }
    } catch (IOException e) {
      // no directory to look in: no segments
    }
    return names;
  }
}
