package io.github.multiproc.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class PeerRunnerTest {
  private static PeerRunner.Result run(Path script, int repeats) throws InterruptedException {
    PeerRunner peer = PeerRunner.of(script);
    for (int k = 1; k <= repeats; k++) {
      peer.runOnce(k, repeats);
    }
    return peer.result();
  }

  @Test
  void aMissingScriptIsANoteNotAFailure(@TempDir Path dir) throws Exception {
    PeerRunner.Result r = run(dir.resolve("nope.py"), 3);
    assertEquals(List.of(), r.runs());
    assertEquals(1, r.notes().size());
    assertTrue(r.notes().get(0).startsWith("CPython side skipped"), r.notes().toString());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void eachRunsLastLineIsItsJson(@TempDir Path dir) throws Exception {
    assumeTrue(PeerRunner.onPath("python3").isPresent(), "needs python3");
    Path script = dir.resolve("fake_bench.py");
    Files.writeString(
        script,
        "import sys\n"
            + "print('a child said hello')\n"
            + "assert sys.argv[1:] == ['--json']\n"
            + "print('{\"python\": \"9.9.9\", \"cpus\": 2, \"pipe_rtt_us\": 5.5}')\n");
    PeerRunner.Result r = run(script, 2);
    assertEquals("9.9.9", r.pythonVersion());
    assertEquals(
        List.of(Map.of("cpus", 2.0, "pipe_rtt_us", 5.5), Map.of("cpus", 2.0, "pipe_rtt_us", 5.5)),
        r.runs());
    assertEquals(List.of(), r.notes());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aFailingRunIsLeftOutWithANote(@TempDir Path dir) throws Exception {
    assumeTrue(PeerRunner.onPath("python3").isPresent(), "needs python3");
    Path script = dir.resolve("broken_bench.py");
    Files.writeString(script, "import sys\nsys.exit(3)\n");
    PeerRunner.Result r = run(script, 1);
    assertEquals(List.of(), r.runs());
    assertTrue(r.notes().get(0).contains("exited with 3"), r.notes().toString());
  }
}
