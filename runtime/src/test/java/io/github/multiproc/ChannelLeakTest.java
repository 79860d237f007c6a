package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.multiproc.testing.ChildCleanup;
import io.github.multiproc.testing.PipeTestProcesses;
import io.github.multiproc.testing.QueueTestProcesses;
import io.github.multiproc.testing.ShmTestProcesses;
import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Queues, pipes, locks and shared values used across real child processes and closed leave no
 * file descriptor, thread, child process or shared-memory segment behind.
 */
class ChannelLeakTest {
  private static final int CYCLES = 15;

  @AfterEach
  void killLeftovers() {
    ChildCleanup.killDescendants();
  }

  @Test
  @Timeout(180)
  void channelsUsedByChildrenAndClosedLeaveNothingBehind() throws Exception {
    cycle(); // warm up: the hub and its services exist from now on
    Snapshot before = settle(null);
    for (int i = 0; i < CYCLES; i++) {
      cycle();
    }
    Snapshot after = settle(before);
    assertEquals(before.fds, after.fds, "open file descriptors");
    assertEquals(before.threads, after.threads, "threads");
    assertEquals(0, after.children, "child processes");
    assertEquals(before.segments, after.segments, "segments in /dev/shm");
  }

  private static void cycle() throws Exception {
    try (ProcessQueue<Object> queue = ProcessQueue.create()) {
      ChildProcess<Void> producer = QueueTestProcesses.produce(queue, 100, 10);
      producer.start();
      long sum = 0;
      for (int i = 0; i < 10; i++) {
        sum += (Long) queue.poll(Duration.ofSeconds(30));
      }
      assertEquals(1045, sum);
      producer.join();
      producer.close();
    }

    Pipe<Object> pipe = Pipe.create();
    ChildProcess<Integer> echo = PipeTestProcesses.echo(pipe.second());
    echo.start();
    try (Connection<Object> mine = pipe.first()) {
      for (int i = 0; i < 3; i++) {
        mine.send("ping " + i);
        assertEquals("ping " + i, mine.recv());
      }
    }
    assertEquals(3, echo.result());
    pipe.second().close();
    echo.close();

    try (SharedInt counter = SharedInt.create(0)) {
      ChildProcess<Void> adder = ShmTestProcesses.incrementUnderLock(counter, 100);
      adder.start();
      adder.join();
      assertEquals(100, counter.get());
      adder.close();
    }
  }

  /** Waits up to 10 s for the counts to match {@code expected} (JDK threads may idle out). */
  private static Snapshot settle(Snapshot expected) throws InterruptedException {
    Snapshot now = Snapshot.take();
    for (int i = 0; i < 100 && (expected == null || !now.sameAs(expected)); i++) {
      Thread.sleep(100);
      now = Snapshot.take();
    }
    return now;
  }

  private static final class Snapshot {
    final int fds;
    final List<String> threads;
    final long children;
    final Set<String> segments;

    private Snapshot(int fds, List<String> threads, long children, Set<String> segments) {
      this.fds = fds;
      this.threads = threads;
      this.children = children;
      this.segments = segments;
    }

    static Snapshot take() {
      String[] fds = new File("/proc/self/fd").list();
      // The JDK's "process reaper" pool keeps idle threads for a while; they are not ours.
      List<String> names = new ArrayList<>(Thread.getAllStackTraces().keySet().stream()
          .map(Thread::getName).filter(name -> !name.equals("process reaper"))
          .sorted().collect(Collectors.toList()));
      String[] shm = new File("/dev/shm").list();
      Set<String> segments = shm == null ? Set.of() : Arrays.stream(shm)
          .filter(name -> name.startsWith("multiproc-"))
          .collect(Collectors.toCollection(TreeSet::new));
      return new Snapshot(fds.length, names, ProcessHandle.current().children().count(), segments);
    }

    boolean sameAs(Snapshot other) {
      return fds == other.fds && threads.equals(other.threads) && children == 0
          && segments.equals(other.segments);
    }
  }
}
