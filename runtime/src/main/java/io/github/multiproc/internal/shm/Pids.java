package io.github.multiproc.internal.shm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Whether a process id names a live process. Robust locks and barriers ask this about the pid
 * recorded in shared memory, so a process killed with SIGKILL cannot hold others forever.
 */
public final class Pids {
  /** This JVM's pid, as recorded in lock words and segment names. */
  public static final int SELF = (int) ProcessHandle.current().pid();

  private Pids() {}

  /**
   * True unless {@code pid} is gone. On Linux a zombie (killed but not yet reaped by its parent)
   * counts as dead: {@code ProcessHandle.isAlive} would still say alive until the parent waits.
   */
  public static boolean isAlive(int pid) {
    if (pid <= 0) {
      return false;
    }
    if (pid == SELF) {
      return true;
    }
    try {
      String stat = new String(Files.readAllBytes(Path.of("/proc", Integer.toString(pid), "stat")),
          StandardCharsets.US_ASCII);
      // "pid (comm) S ...": comm may hold spaces and parentheses, the state follows the last ')'.
      int close = stat.lastIndexOf(')');
      if (close < 0 || close + 2 >= stat.length()) {
        return true;
      }
      char state = stat.charAt(close + 2);
      return state != 'Z' && state != 'X';
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException | RuntimeException e) {
      // No /proc (not Linux): the JDK's view, which may see zombies as alive.
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
  }
}
