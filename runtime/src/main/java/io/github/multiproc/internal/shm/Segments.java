package io.github.multiproc.internal.shm;

import io.github.multiproc.internal.exit.ExitOrder;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where segments live and how they are cleaned up (Python's {@code resource_tracker}, without the
 * extra process): generated names are {@code multiproc-<creator's identity token>-<random>}
 * ({@link ProcessIdentity#token}, which starts with the creator's pid); the creator removes what
 * it still owns at JVM exit (a shutdown hook, which also sweeps, below); and the first time a
 * process creates a segment it removes every generated name whose creator is provably dead, which
 * covers owners killed with SIGKILL, and keeps those of processes it cannot see (another pid
 * namespace). A removed name only stops new attaches: processes that mapped it keep their memory.
 */
public final class Segments {
  /** Prefix of every generated name. */
  public static final String PREFIX = "multiproc-";

  /** The longest segment name {@link #checkName} accepts. */
  private static final int MAX_NAME_LENGTH = 200;

  private static final Set<Path> OWNED = ConcurrentHashMap.newKeySet();

  /** Name prefixes of the {@link SegmentGroup}s this process owns. */
  private static final Set<String> OWNED_GROUPS = ConcurrentHashMap.newKeySet();

  private static final AtomicBoolean STARTED = new AtomicBoolean();
  private static final Path DIRECTORY = chooseDirectory();

  private Segments() {}

  private static Path chooseDirectory() {
    Path shm = Path.of("/dev/shm");
    return Files.isDirectory(shm) && Files.isWritable(shm)
        ? shm
        : Path.of(System.getProperty("java.io.tmpdir"));
  }

  /** {@code /dev/shm}, or {@code java.io.tmpdir} where there is none. */
  public static Path directory() {
    return DIRECTORY;
  }

  /**
   * Refuses a segment bigger than the free space of {@link #directory}: its file would be created
   * sparse, and the first write to a page the file system cannot back would kill this JVM with
   * SIGBUS or fail as an obscure error deep in the caller. Docker gives containers a 64 MiB
   * {@code /dev/shm} unless told otherwise ({@code --shm-size}).
   */
  static void requireSpace(int size) {
    FileStore store;
    long free;
    long total;
    try {
      store = Files.getFileStore(DIRECTORY);
      free = store.getUsableSpace();
      total = store.getTotalSpace();
    } catch (IOException e) {
      return; // cannot tell: the create reports what goes wrong
    }
    if (size > free) {
      throw new IllegalStateException(
          "cannot create a shared segment of "
              + size
              + " bytes in "
              + DIRECTORY
              + ": it has "
              + free
              + " bytes free of "
              + total
              + ". Free space there (remove unused segments: SharedMemory.unlink()), use smaller"
              + " segments, or give it more room (in Docker: docker run --shm-size=<size>)");
    }
  }

  static String newName() {
    return PREFIX
        + ProcessIdentity.SELF.token()
        + "-"
        + Long.toHexString(ThreadLocalRandom.current().nextLong());
  }

  /**
   * Rejects names that are not a plain file name (no separators, no leading dot): 1-200 of
   * {@code [A-Za-z0-9._-]}, the first not '.' or '-'. Checked by hand, not by a regular expression:
   * every child that decodes a lock or shared value runs this, and compiling a pattern cost it ms.
   */
  public static String checkName(String name) {
    if (!isSafeName(name)) {
      throw new IllegalArgumentException(
          "'"
              + name
              + "' is not a valid shared segment name:"
              + " use 1-200 letters, digits, '.', '_' or '-', not starting with '.' or '-'");
    }
    return name;
  }

  private static boolean isSafeName(String name) {
    if (name == null || name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean alphanumeric =
          (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
      if (!alphanumeric && (i == 0 || (c != '.' && c != '-'))) {
        return false;
      }
    }
    return true;
  }

  /** Runs once per process: installs the exit hook and sweeps what dead owners left. */
  static void beforeFirstCreate() {
    if (STARTED.compareAndSet(false, true)) {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(Segments::removeOwned, "multiproc-shm-cleanup"));
      sweep();
    }
  }

  static void owned(Path path) {
    OWNED.add(path);
  }

  /** Removes every segment of the group {@code prefix} at this JVM's exit too. */
  static void ownedGroup(String prefix) {
    OWNED_GROUPS.add(prefix);
  }

  /** Removes every segment whose name starts with {@code prefix}; returns how many. */
  static int removeGroup(String prefix) {
    int removed = 0;
    try (DirectoryStream<Path> names = Files.newDirectoryStream(DIRECTORY, prefix + "*")) {
      for (Path path : names) {
        if (remove(path)) {
          removed++;
        }
      }
    } catch (IOException e) {
      // A member that would not go is the sweep's once the group's owner is dead.
    }
    return removed;
  }

  /** Removes the name {@code path}; false when it was already gone. */
  static boolean remove(Path path) {
    OWNED.remove(path);
    try {
      return Files.deleteIfExists(path);
    } catch (IOException e) {
      // The name is there but would not go: the sweep retries once the owner is dead.
      return true;
    }
  }

  private static void removeOwned() {
    ExitOrder.awaitChildren(); // a child may still open a segment it was given
    for (Path path : OWNED.toArray(new Path[0])) {
      remove(path);
    }
    for (String group : OWNED_GROUPS) {
      removeGroup(group);
    }
    // Children ended by terminate() (-Xrs: no hooks) or SIGKILL left theirs; the tree ends here.
    sweep();
  }

  /**
   * Removes every generated segment whose creator is provably dead
   * ({@link ProcessIdentity#provablyDead}: a creator in another pid namespace is not), and the
   * owner files of dead processes ({@link Owners}); returns how many.
   */
  public static int sweep() {
    int removed = 0;
    try (DirectoryStream<Path> names = Files.newDirectoryStream(DIRECTORY, PREFIX + "*")) {
      for (Path path : names) {
        ProcessIdentity creator = ProcessIdentity.inName(path.getFileName().toString(), PREFIX);
        if (creator != null && creator.provablyDead() && Files.deleteIfExists(path)) {
          removed++;
        }
      }
    } catch (IOException e) {
      // A sweep is a courtesy; failing it must not fail the create that triggered it.
    }
    return removed + Owners.sweep();
  }
}
