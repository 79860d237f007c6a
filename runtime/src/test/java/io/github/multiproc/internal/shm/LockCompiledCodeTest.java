package io.github.multiproc.internal.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code C2 compiles for {@link LockWord#acquire} from the standby's warm-up survives the races
 * of real use. A branch the warm-up never takes is compiled as a trap; when a child first takes it,
 * the JVM throws the compiled method away and interprets it until C2 has compiled it again (tens
 * of milliseconds of a lock loop). Checked in a separate JVM with {@code -XX:+LogCompilation}:
 * after the warm-up, two threads race for one lock, and no {@code unstable_if} trap may fire in
 * {@code acquire}.
 */
class LockCompiledCodeTest {
  private static final Pattern TRAP =
      Pattern.compile(
          "<uncommon_trap thread='\\d+' reason='(\\w+)'[^>]*stamp='([0-9.]+)'>\\s*"
              + "<jvms bci='(\\d+)' method='io.github.multiproc.internal.shm.LockWord acquire");

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aLostRaceDoesNotThrowAwayTheWarmedUpAcquire(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("compilation.log");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UnlockDiagnosticVMOptions",
                "-XX:+LogCompilation",
                "-XX:LogFile=" + log,
                "-cp",
                System.getProperty("java.class.path"),
                LockRaceMain.class.getName())
            .redirectErrorStream(true)
            .start();
    String out;
    try {
      out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(100, TimeUnit.SECONDS), "the racing JVM did not end");
    } finally {
      p.destroyForcibly();
      p.waitFor();
    }
    assertEquals(0, p.exitValue(), out);
    Matcher race = Pattern.compile("RACE (\\d+)").matcher(out);
    assertTrue(race.find(), out);
    double raceStart = Long.parseLong(race.group(1)) / 1000.0;
    List<String> traps = new ArrayList<>();
    Matcher trap = TRAP.matcher(Files.readString(log, StandardCharsets.ISO_8859_1));
    while (trap.find()) {
      if (Double.parseDouble(trap.group(2)) >= raceStart) {
        traps.add(trap.group(1) + " at bci " + trap.group(3) + ", " + trap.group(2) + " s");
      }
    }
    assertEquals(
        List.of(),
        traps,
        "compiled acquire thrown away during the race (it started at " + raceStart + " s)");
  }
}
