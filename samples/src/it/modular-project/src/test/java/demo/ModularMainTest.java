package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the application the way a modular user ships it, with no class path and none of surefire's
 * patching: {@code java -p target/classes:<deps> -m demo.modular/demo.Main}. Its worker child must
 * again run as module demo.modular.
 */
class ModularMainTest {
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aModularApplicationStartsItsWorkerAsTheModule() throws Exception {
    // Surefire's module path is exactly target/classes plus the modular dependencies.
    String modulePath = System.getProperty("jdk.module.path", "");
    assertFalse(modulePath.isEmpty(), "jdk.module.path not set");
    Path log = Files.createTempFile(Path.of("target"), "modular-main", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-p",
                modulePath,
                "-m",
                "demo.modular/demo.Main")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().remove("CLASSPATH");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    Process app = builder.start();
    try {
      assertTrue(app.waitFor(45, TimeUnit.SECONDS), "application did not finish");
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertEquals(0, app.exitValue(), output);
      List<String> lines = output.lines().toList();
      assertTrue(lines.contains("parent=demo.modular|demo.modular"), output);
      assertTrue(lines.contains("exitcode=0"), output);
      String child =
          lines.stream()
              .filter(line -> line.startsWith("child="))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no child line in:\n" + output))
              .substring("child=".length());
      String[] where = child.split("\\|");
      assertEquals("demo.modular", where[0], output);
      assertEquals("true", where[1], output);
      assertEquals("demo.modular", where[2], "child was not started with -m:\n" + output);
      assertNotEquals(app.pid(), Long.parseLong(where[3]), "worker ran in the application JVM");
    } finally {
      // The application's own worker child first, then the application.
      app.descendants().forEach(ProcessHandle::destroyForcibly);
      app.destroyForcibly();
      app.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
