package io.github.multiproc.internal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.ProcessEvent;
import io.github.multiproc.ProcessLock;
import io.github.multiproc.testing.ChildCleanup;
import io.github.multiproc.testing.ShmWorkersProcesses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * On JDK 22 and later a child JVM runs the JDK's native heap trimmer, which gives the C heap's
 * freed memory back to the system, unless the child's own flags set the trim interval: seen in the
 * child's thread names in /proc (Linux with glibc, where the JVM can trim).
 */
@Timeout(60)
class NativeHeapTrimTest {
  /** The trimmer thread's name as /proc shows it: the first 15 characters of its name. */
  private static final String TRIMMER = "Native Heap Tri";

  @AfterEach
  void killLeftovers() {
    ChildCleanup.killDescendants();
  }

  @Test
  void aChildTrimsItsCHeap() throws Exception {
    assumeTrimmingJvm();
    assertEquals(true, threadNamesOf().contains(TRIMMER));
  }

  @Test
  void aChildWhoseFlagsSetTheIntervalKeepsItsOwn() throws Exception {
    assumeTrimmingJvm();
    assertEquals(false, threadNamesOf("-XX:TrimNativeHeapInterval=0").contains(TRIMMER));
  }

  private static void assumeTrimmingJvm() throws IOException {
    assumeTrue(
        Runtime.version().feature() >= JavaCommand.NATIVE_TRIM_SINCE, "children get no trim flag");
    Path maps = Path.of("/proc/self/maps");
    assumeTrue(Files.exists(maps), "no /proc");
    assumeTrue(Files.readString(maps).contains("libc.so.6"), "not glibc: the JVM cannot trim");
  }

  /** The thread names of a child with {@code jvmArgs}, once its worker runs. */
  private static Set<String> threadNamesOf(String... jvmArgs) throws InterruptedException {
    try (ProcessLock lock = ProcessLock.create();
        ProcessEvent running = ProcessEvent.create()) {
      ChildProcess<Void> child = ShmWorkersProcesses.holdLock(lock, running).jvmArgs(jvmArgs);
      child.start();
      try {
        assertTrue(running.waitFor(Duration.ofSeconds(30)), "the child's worker did not start");
        return threadNames(child.pid());
      } finally {
        child.kill();
        child.join();
      }
    }
  }

  private static Set<String> threadNames(long pid) {
    try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      return tasks.map(NativeHeapTrimTest::commOf).collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String commOf(Path task) {
    try {
      return Files.readString(task.resolve("comm")).strip();
    } catch (IOException e) {
      return ""; // the thread ended between the listing and the read
    }
  }
}
