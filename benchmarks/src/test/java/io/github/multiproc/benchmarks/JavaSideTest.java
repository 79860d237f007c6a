package io.github.multiproc.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every multiproc workload once, with tiny n, across real processes. No speed is asserted. */
class JavaSideTest {
  @AfterEach
  void noChildNorSegmentLeft() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!leftovers().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20); // children that were told to end may take a moment to be reaped
    }
    assertEquals(List.of(), leftovers());
  }

  /** Live children of this JVM, and shared-memory segments it created. */
  private static List<String> leftovers() throws IOException {
    List<String> out = new ArrayList<>();
    ProcessHandle.current()
        .children()
        .filter(ProcessHandle::isAlive)
        .forEach(p -> out.add("child " + p.info().commandLine().orElse("pid " + p.pid())));
    Path shm = Path.of("/dev/shm");
    if (Files.isDirectory(shm)) {
      String mine = "multiproc-" + ProcessHandle.current().pid() + "-";
      try (Stream<Path> files = Files.list(shm)) {
        files
            .map(f -> f.getFileName().toString())
            .filter(n -> n.startsWith(mine))
            .forEach(n -> out.add("segment /dev/shm/" + n));
      }
    }
    return out;
  }

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS) // the cluster rows start two member JVMs each
  void everyWorkloadRunsOnce() throws Exception {
    List<String> names =
        Workload.ALL.stream().filter(Workload::javaSide).map(Workload::name).toList();
    Map<String, Double> figures = new JavaSide(Sizes.TINY).run(names);
    System.out.println("tiny run (not a benchmark): " + figures);
    assertEquals(names, List.copyOf(figures.keySet()));
    figures.forEach(
        (name, v) -> {
          if (name.equals(Workload.IDLE_RSS)
              && !System.getProperty("os.name").startsWith("Linux")) {
            assertTrue(v.isNaN(), name);
          } else {
            assertTrue(v > 0 && Double.isFinite(v), name + " = " + v);
          }
        });
  }
}
