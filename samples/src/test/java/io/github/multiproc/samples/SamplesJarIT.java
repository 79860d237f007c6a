package io.github.multiproc.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the shaded jar exactly as README does ({@code java -jar}), so the children's class path is
 * that one jar: this fails if the generated launchers or the runtime are missing from it.
 */
class SamplesJarIT {
  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void theJarRunsSamplesWhoseChildrenLoadFromTheJar() throws Exception {
    Path jar = Path.of("target", "multiproc-samples.jar");
    assertTrue(Files.isRegularFile(jar), "missing " + jar.toAbsolutePath());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    SamplesCli.Run run =
        SamplesCli.run(List.of(java, "-jar", jar.toString(), "basic", "clock", "queue", "pipe"));
    assertEquals(0, run.exitCode(), () -> run.out() + run.err());
    assertEquals(List.of(), run.leftovers());
    assertEquals(5, run.lines().stream().filter(l -> l.matches("Worker: \\d")).count(), run::out);
    assertTrue(run.out().contains("its parent is (" + run.pid() + ")"), run::out);
    // A queue and a pipe end reconnect from the child: their proxies load from the jar too.
    assertEquals(2, run.lines().stream().filter("[42, null, hello]"::equals).count(), run::out);
  }
}
