package io.github.multiproc.internal.shm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Whether a process id names a live process. Robust locks and barriers ask this about the pid
 * recorded in shared memory, so a process killed with SIGKILL cannot hold others forever; the
 * sweeps of segments and private directories ask it about the pid in a name.
 */
public final class Pids {
  /** This JVM's pid, as recorded in lock words and segment names. */
  public static final int SELF = (int) ProcessHandle.current().pid();

  private Pids() {}

  /**
   * The pid in a name of the form {@code <prefix><decimal pid>-<at least one more character>}, as
   * segments and private directories are named after their creator, or -1 for any other name.
   */
  public static int inName(String name, String prefix) {
    int end = name.indexOf('-', prefix.length());
    if (!name.startsWith(prefix) || end <= prefix.length() || end == name.length() - 1) {
      return -1;
    }
    int pid = 0;
    for (int i = prefix.length(); i < end; i++) {
      char c = name.charAt(i);
      if (c < '0' || c > '9' || pid > (Integer.MAX_VALUE - 9) / 10) {
        return -1;
      }
      pid = pid * 10 + (c - '0');
    }
    return pid;
  }

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
