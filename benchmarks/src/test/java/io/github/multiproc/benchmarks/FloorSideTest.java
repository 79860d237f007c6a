package io.github.multiproc.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every floor once, with tiny n, across real child JVMs. No speed is asserted. */
class FloorSideTest {
  @AfterEach
  void noChildNorFileLeft() throws Exception {
    assertEquals(List.of(), leftovers());
  }

  /** Live children of this JVM, and floor files it left in /dev/shm or the temp directory. */
  private static List<String> leftovers() throws IOException {
    List<String> out = new ArrayList<>();
    ProcessHandle.current().children().filter(ProcessHandle::isAlive)
        .forEach(p -> out.add("child " + p.info().commandLine().orElse("pid " + p.pid())));
    for (Path dir : List.of(Path.of("/dev/shm"), Path.of(System.getProperty("java.io.tmpdir")))) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          files.filter(f -> f.getFileName().toString().startsWith("multiproc-floor-"))
              .filter(f -> isMine(f))
              .forEach(f -> out.add("file " + f));
        }
      }
    }
    return out;
  }

  /** Whether this test run made {@code f}: younger than this JVM (other runs may share /tmp). */
  private static boolean isMine(Path f) {
    try {
      long started = ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli();
      return Files.getLastModifiedTime(f).toMillis() >= started;
    } catch (IOException e) {
      return false; // gone meanwhile
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void everyFloorIsMeasuredOnce() throws Exception {
    FloorSide side = new FloorSide(Sizes.TINY);
    for (Floor floor : Floor.values()) {
      double v = side.measure(floor);
      System.out.println("tiny floor (not a benchmark): " + floor.key() + " = " + v);
      if (floor == Floor.IDLE_JVM_RSS && !System.getProperty("os.name").startsWith("Linux")) {
        assertTrue(Double.isNaN(v), floor.key());
      } else {
        assertTrue(v > 0 && Double.isFinite(v), floor.key() + " = " + v);
      }
    }
  }
}
