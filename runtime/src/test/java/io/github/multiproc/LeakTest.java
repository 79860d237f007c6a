package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.multiproc.testing.ChildCleanup;
import io.github.multiproc.testing.TestProcesses;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Start/join cycles leave no file descriptor, thread or process behind. */
class LeakTest {
  private static final int CYCLES = 200;

  @AfterEach
  void killLeftovers() {
    ChildCleanup.killDescendants();
  }

  @Test
  @Timeout(150)
  void twoHundredCyclesLeaveNothingBehind() throws Exception {
    cycle(); // warm up: the hub, its threads and the JDK's process reaper exist from now on
    Snapshot before = settle(null);
    for (int i = 0; i < CYCLES; i++) {
      cycle();
    }
    Snapshot after = settle(before);
    assertEquals(before.fds, after.fds, "open file descriptors");
    assertEquals(before.threads, after.threads, "threads");
    assertEquals(0, after.children, "child processes");
  }

  private static void cycle() {
    ChildProcess<Integer> p = TestProcesses.add(1, 2);
    p.start();
    assertEquals(3, p.result());
    p.close();
  }

  /** Waits up to 5 s for the counts to match {@code expected} (JDK threads may idle out). */
  private static Snapshot settle(Snapshot expected) throws InterruptedException {
    Snapshot now = Snapshot.take();
    for (int i = 0; i < 50 && (expected == null || !now.sameAs(expected)); i++) {
      Thread.sleep(100);
      now = Snapshot.take();
    }
    return now;
  }

  private static final class Snapshot {
    final int fds;
    final List<String> threads;
    final long children;

    private Snapshot(int fds, List<String> threads, long children) {
      this.fds = fds;
      this.threads = threads;
      this.children = children;
    }

    static Snapshot take() {
      String[] fds = new File("/proc/self/fd").list();
      Map<Thread, StackTraceElement[]> all = Thread.getAllStackTraces();
      // The JDK's "process reaper" pool keeps an idle thread for 60 s and may briefly hold two
      // when one child's reaper task has not returned to the pool as the next child starts.
      List<String> names = new ArrayList<>(all.keySet().stream()
          .map(Thread::getName).filter(name -> !name.equals("process reaper"))
          // JDK pools (the common pool, virtual-thread carriers) idle out on their own.
          .filter(name -> !name.startsWith("ForkJoinPool"))
          .sorted().collect(Collectors.toList()));
      return new Snapshot(fds.length, names, ProcessHandle.current().children().count());
    }

    boolean sameAs(Snapshot other) {
      return fds == other.fds && threads.equals(other.threads) && children == 0;
    }
  }
}
