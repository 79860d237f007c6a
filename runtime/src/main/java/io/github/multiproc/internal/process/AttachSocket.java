package io.github.multiproc.internal.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * Removes the attach socket that a child JVM ended by a signal leaves in {@code /tmp} (no Python
 * counterpart: a Python child leaves nothing there).
 *
 * <p>Children run with {@code -Xrs} ({@link JavaCommand}). Such a JVM cannot be asked over
 * SIGQUIT to open its attach listener later, so HotSpot opens it as it starts:
 * {@code /tmp/.java_pid<pid>}, the socket {@code jcmd} and {@code jstack} connect to. The JVM
 * deletes it as it exits, but {@code terminate()}, {@code kill()} or a crash ends it first, and
 * every such child used to leave one behind: thousands of them after a day of tests, which also
 * slows every scan of {@code /tmp}.
 */
public final class AttachSocket {
  /** Where HotSpot puts it on Linux ({@code os::get_temp_directory()}), whatever tmpdir says. */
  private static final Path DIRECTORY = Path.of("/tmp");

  /** How long a JVM just killed with SIGKILL may take to be reaped before its socket is left. */
  static final long KILLED_REAP_MILLIS = 500;

  private AttachSocket() {}

  /**
   * Waits up to {@link #KILLED_REAP_MILLIS} for {@code process}, just killed, to be reaped, then
   * deletes its socket ({@link #removeIfKilled}).
   */
  static void removeAfterKill(Process process) throws InterruptedException {
    if (process.waitFor(KILLED_REAP_MILLIS, TimeUnit.MILLISECONDS)) {
      removeIfKilled(process);
    }
  }

  /**
   * Deletes {@code process}'s attach socket if a signal ended it; call it once the process has
   * been reaped. Between the reap and the delete its pid could in theory be reused by a new JVM
   * whose socket this would delete; pids are handed out in sequence, so that takes the whole pid
   * range to wrap around within those microseconds.
   */
  static void removeIfKilled(Process process) {
    if (process.isAlive() || ExitCodes.fromExitValue(process.exitValue()) >= 0) {
      return; // a JVM that exited by itself deleted its socket
    }
    remove(process.pid());
  }

  /**
   * Deletes the attach socket of {@code pid}, a JVM known to be gone (tests that kill what they
   * left behind use it too).
   */
  public static void remove(long pid) {
    Path socket = DIRECTORY.resolve(".java_pid" + pid);
    try {
      // Only a socket (not a regular file, directory or link somebody named so) is removed.
      if (Files.readAttributes(socket, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
          .isOther()) {
        Files.deleteIfExists(socket);
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // none there (no -Xrs, another OS, or the JVM died before making it): nothing to clean
    }
  }
}
