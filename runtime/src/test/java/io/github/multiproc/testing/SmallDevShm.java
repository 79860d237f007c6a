package io.github.multiproc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a JVM that sees a {@code /dev/shm} of 1 MiB of its own (a tmpfs in a private
 * mount namespace, so no other process sees it): how a program behaves when shared memory runs
 * out. Skips the test where {@code unshare(1)} or the mount is not allowed (it needs root).
 */
public final class SmallDevShm {
  private SmallDevShm() {}

  /** Runs {@code main} with {@code args} on this JVM's class path: its output, trimmed. */
  public static String run(Class<?> main, String... args) throws IOException, InterruptedException {
    assumeTrue(
        new File("/usr/bin/unshare").canExecute() || new File("/bin/unshare").canExecute(),
        "needs unshare(1) to mount a small /dev/shm for one JVM");
    List<String> command =
        new ArrayList<>(
            List.of(
                "unshare",
                "--mount",
                "--propagation",
                "private",
                "sh",
                "-c",
                "mount -t tmpfs -o size=1m tmpfs /dev/shm || exit 99; exec \"$@\"",
                "sh",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
    command.addAll(List.of(args));
    Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (InputStream out = probe.getInputStream()) {
      output = new String(out.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
    assertTrue(probe.waitFor(30, TimeUnit.SECONDS));
    assumeTrue(
        probe.exitValue() != 99 && !output.contains("unshare:"),
        () -> "cannot mount a tmpfs in a new mount namespace here (needs root): " + output);
    assertEquals(0, probe.exitValue(), output);
    return output;
  }
}
