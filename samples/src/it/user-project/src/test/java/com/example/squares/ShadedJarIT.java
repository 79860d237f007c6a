package com.example.squares;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the jar docs/running.md's shade snippet builds, as a user does: {@code java -jar}. Its
 * children start from that jar alone, so it must hold the runtime, the generated launchers and
 * {@code jakarta.inject}.
 */
class ShadedJarIT {
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void theShadedJarRunsItsWorkersWithJavaJar() throws Exception {
    Path jar = Path.of("target", "squares-1.0.jar");
    assertTrue(Files.isRegularFile(jar), "no shaded jar at " + jar);
    Path log = Files.createTempFile(Path.of("target"), "shaded-jar", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().remove("CLASSPATH");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    Process app = builder.start();
    try {
      assertTrue(app.waitFor(45, TimeUnit.SECONDS), "java -jar did not finish");
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertEquals(0, app.exitValue(), output);
      assertEquals(List.of("square=49", "greeting=hello ann"), output.lines().toList(), output);
    } finally {
      app.destroyForcibly();
    }
  }
}
