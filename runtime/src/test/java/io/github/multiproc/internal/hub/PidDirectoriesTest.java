package io.github.multiproc.internal.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.internal.shm.ProcessIdentity;
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
    String self = ProcessIdentity.SELF.token();
    String goneToken = gone.pid() + self.substring(self.indexOf('-'));
    Path dead = Files.createDirectory(base.resolve("multiproc-test-" + goneToken + "-x"));
    Files.createFile(dead.resolve("hub"));
    Path otherPrefix = Files.createDirectory(base.resolve("multiproc-other-" + goneToken + "-x"));
    Path notAPid = Files.createDirectory(base.resolve("multiproc-test-abc-x"));
    // The pid alone (older versions' names) cannot prove its process dead: kept.
    Path pidOnly = Files.createDirectory(base.resolve("multiproc-test-" + gone.pid() + "-x"));
    // Of another pid namespace, where that pid may well live: kept.
    String[] parts = self.split("[-.]");
    Path elsewhere =
        Files.createDirectory(
            base.resolve(
                "multiproc-test-"
                    + gone.pid()
                    + "-"
                    + parts[1]
                    + "."
                    + Long.toString(Long.parseLong(parts[2], 36) + 1, 36)
                    + "."
                    + parts[3]
                    + "-x"));

    Path made = PidDirectories.create(base, "multiproc-test-");

    assertFalse(Files.exists(dead), "a dead process's directory stayed");
    assertTrue(Files.exists(otherPrefix), "a directory of another prefix was swept");
    assertTrue(Files.exists(notAPid));
    assertTrue(Files.exists(pidOnly), "a name with a pid alone was swept");
    assertTrue(Files.exists(elsewhere), "a directory of another pid namespace was swept");
    assertTrue(made.getFileName().toString().startsWith("multiproc-test-" + self + "-"));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(made)));
    Path another = PidDirectories.create(base, "multiproc-test-");
    assertNotEquals(made, another, "two directories of one process got the same name");

    PidDirectories.sweep(base, "multiproc-test-");
    assertTrue(Files.exists(made), "a live process's directory was swept");
    for (Path dir : new Path[] {made, another, otherPrefix, notAPid, pidOnly, elsewhere}) {
      PidDirectories.deleteQuietly(dir);
    }
    Files.delete(base);
  }
}
