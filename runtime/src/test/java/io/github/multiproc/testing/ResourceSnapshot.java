package io.github.multiproc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a leak test counts in this JVM: open file descriptors, thread names, child processes and
 * {@code multiproc-*} segments in {@code /dev/shm}.
 */
public final class ResourceSnapshot {
  /** Open file descriptors of this JVM. */
  public final int fds;

  /** Names of the live threads, sorted, without the JDK's own pooled threads (see take()). */
  public final List<String> threads;

  /** Direct children of this JVM. */
  public final long children;

  /** This JVM's {@code multiproc-<pid>-*} names in {@code /dev/shm}, sorted. */
  public final Set<String> segments;

  private ResourceSnapshot(int fds, List<String> threads, long children, Set<String> segments) {
    this.fds = fds;
    this.threads = threads;
    this.children = children;
    this.segments = segments;
  }

  /**
   * This JVM's segments ({@code multiproc-<pid>-...}): the leak tests create theirs here, and a
   * build running beside this one must not change the count.
   */
  private static final String OWN_SEGMENTS = "multiproc-" + ProcessHandle.current().pid() + "-";

  /** The counts now. */
  public static ResourceSnapshot take() {
    String[] fds = new File("/proc/self/fd").list();
    // The JDK's own pools are not ours: the "process reaper" pool keeps an idle thread for 60 s
    // and may briefly hold two when one child's reaper task has not returned to the pool as the
    // next child starts; ForkJoin pools (the common pool, and the carriers of virtual threads
    // named ForkJoinPool-N-worker-M) start and retire their workers on their own schedule (one
    // that idled out between two snapshots failed a run under load).
    List<String> names =
        new ArrayList<>(
            Thread.getAllStackTraces().keySet().stream()
                .map(Thread::getName)
                .filter(name -> !name.equals("process reaper"))
                .filter(name -> !name.startsWith("ForkJoinPool"))
                .sorted()
                .collect(Collectors.toList()));
    String[] shm = new File("/dev/shm").list();
    Set<String> segments =
        shm == null
            ? Set.of()
            : Arrays.stream(shm)
                .filter(name -> name.startsWith(OWN_SEGMENTS))
                .collect(Collectors.toCollection(TreeSet::new));
    return new ResourceSnapshot(
        fds.length, names, ProcessHandle.current().children().count(), segments);
  }

  /**
   * Waits up to {@code limit}, taking a snapshot every 100 ms, for the counts to match
   * {@code expected} (JDK threads may idle out); returns the last one. With {@code expected} null,
   * returns the counts now.
   */
  public static ResourceSnapshot settle(ResourceSnapshot expected, Duration limit)
      throws InterruptedException {
    long rounds = limit.toMillis() / 100;
    ResourceSnapshot now = take();
    for (long i = 0; i < rounds && (expected == null || !now.sameAs(expected)); i++) {
      Thread.sleep(100);
      now = take();
    }
    return now;
  }

  /** Whether the counts match {@code other}'s and no child is left. */
  public boolean sameAs(ResourceSnapshot other) {
    return fds == other.fds
        && threads.equals(other.threads)
        && children == 0
        && segments.equals(other.segments);
  }

  /**
   * Asserts that these counts are {@code before}'s: the same descriptors, threads and segments, and
   * no child process.
   */
  public void assertNothingLeftSince(ResourceSnapshot before) {
    assertEquals(before.fds, fds, "open file descriptors");
    assertEquals(before.threads, threads, "threads");
    assertEquals(0, children, "child processes");
    assertEquals(before.segments, segments, "segments in /dev/shm");
  }
}
