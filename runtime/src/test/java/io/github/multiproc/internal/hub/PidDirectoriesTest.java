package io.github.multiproc.internal.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Private directories named after their process, and the sweep of those whose process died. */
class PidDirectoriesTest {
  @Test
  @Timeout(30)
  void createMakesAPrivateDirectoryNamedAfterThisProcessAndSweepsDeadOnes() throws Exception {
    Path base = Files.createTempDirectory("pid-directories-test");
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path dead = Files.createDirectory(base.resolve("multiproc-test-" + gone.pid() + "-x"));
    Files.createFile(dead.resolve("hub"));
    Path otherPrefix = Files.createDirectory(base.resolve("multiproc-other-" + gone.pid() + "-x"));
    Path notAPid = Files.createDirectory(base.resolve("multiproc-test-abc-x"));

    Path made = PidDirectories.create(base, "multiproc-test-");

    assertFalse(Files.exists(dead), "a dead process's directory stayed");
    assertTrue(Files.exists(otherPrefix), "a directory of another prefix was swept");
    assertTrue(Files.exists(notAPid));
    assertTrue(made.getFileName().toString()
        .startsWith("multiproc-test-" + ProcessHandle.current().pid() + "-"));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(made)));
    Path another = PidDirectories.create(base, "multiproc-test-");
    assertNotEquals(made, another, "two directories of one process got the same name");

    PidDirectories.sweep(base, "multiproc-test-");
    assertTrue(Files.exists(made), "a live process's directory was swept");
    for (Path dir : new Path[] {made, another, otherPrefix, notAPid}) {
      PidDirectories.deleteQuietly(dir);
    }
    Files.delete(base);
  }
}
