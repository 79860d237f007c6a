package io.github.multiproc.internal.shm;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where segments live and how they are cleaned up (Python's {@code resource_tracker}, without the
 * extra process): generated names are {@code multiproc-<creator pid>-<random>}; the creator removes
 * what it still owns at JVM exit (a shutdown hook, which also sweeps, below); and the first time a process creates a segment
 * it removes every {@code multiproc-<pid>-*} whose pid is dead, which covers owners killed with
 * SIGKILL. A removed name only stops new attaches: processes that mapped it keep their memory.
 */
public final class Segments {
  /** Prefix of every generated name. */
  public static final String PREFIX = "multiproc-";

  private static final Pattern GENERATED = Pattern.compile("multiproc-(\\d+)-.+");
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,199}");
  private static final Set<Path> OWNED = ConcurrentHashMap.newKeySet();
  private static final AtomicBoolean STARTED = new AtomicBoolean();
  private static final Path DIRECTORY = chooseDirectory();

  private Segments() {}

  private static Path chooseDirectory() {
    Path shm = Path.of("/dev/shm");
    return Files.isDirectory(shm) && Files.isWritable(shm)
        ? shm : Path.of(System.getProperty("java.io.tmpdir"));
  }

  /** {@code /dev/shm}, or {@code java.io.tmpdir} where there is none. */
  public static Path directory() {
    return DIRECTORY;
  }

  static String newName() {
    return PREFIX + Pids.SELF + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
  }

  /** Rejects names that are not a plain file name (no separators, no leading dot). */
  public static String checkName(String name) {
    if (name == null || !SAFE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("'" + name + "' is not a valid shared segment name:"
          + " use 1-200 letters, digits, '.', '_' or '-', not starting with '.' or '-'");
    }
    return name;
  }

  /** Runs once per process: installs the exit hook and sweeps what dead owners left. */
  static void beforeFirstCreate() {
    if (STARTED.compareAndSet(false, true)) {
      Runtime.getRuntime().addShutdownHook(new Thread(Segments::removeOwned, "multiproc-shm-cleanup"));
      sweep();
    }
  }

  static void owned(Path path) {
    OWNED.add(path);
  }

  static void remove(Path path) {
    OWNED.remove(path);
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // Nothing better to do: the sweep retries once the owner is dead.
    }
  }

  private static void removeOwned() {
    for (Path path : OWNED.toArray(new Path[0])) {
      remove(path);
    }
    // Children ended by terminate() (-Xrs: no hooks) or SIGKILL left theirs; the tree ends here.
    sweep();
  }

  /** Removes every generated segment whose creator is dead; returns how many. */
  public static int sweep() {
    int removed = 0;
    try (DirectoryStream<Path> names = Files.newDirectoryStream(DIRECTORY, PREFIX + "*")) {
      for (Path path : names) {
        Matcher m = GENERATED.matcher(path.getFileName().toString());
        if (!m.matches()) {
          continue;
        }
        int pid;
        try {
          pid = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
          continue;
        }
        if (!Pids.isAlive(pid) && Files.deleteIfExists(path)) {
          removed++;
        }
      }
    } catch (IOException e) {
      // A sweep is a courtesy; failing it must not fail the create that triggered it.
    }
    return removed;
  }
}
