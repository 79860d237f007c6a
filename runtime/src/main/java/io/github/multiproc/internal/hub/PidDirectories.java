package io.github.multiproc.internal.hub;

import io.github.multiproc.internal.shm.ProcessIdentity;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * Private temporary directories named after the process that made them
 * ({@code <prefix><identity token>-<random>}, {@link ProcessIdentity#token}, mode 0700): the hub's
 * and a manager's socket directories, the control FIFOs', the standby warm-up's scratch (no Python
 * counterpart; CPython's {@code util.get_temp_dir} has the same leak). Their JVM deletes them in a
 * shutdown hook, which never runs when it is killed, by SIGKILL or by
 * {@code terminate()} under {@code -Xrs}. So making one also removes those of this user whose
 * process is provably dead, and keeps those of processes it cannot see (another pid namespace
 * sharing the temp dir).
 */
public final class PidDirectories {
  /** Random bytes in a directory's name, after the identity token. */
  private static final int RANDOM_NAME_BYTES = 8;

  /** Names drawn before giving up on a base directory where each one exists already. */
  private static final int MAX_NAME_ATTEMPTS = 100;

  private PidDirectories() {}

  /**
   * Where a directory that holds a Unix-domain socket goes: {@code java.io.tmpdir}, or
   * {@code /tmp} when that is too deep for a socket path (which must fit in 107 bytes: the base,
   * a directory name of up to 67 characters with the identity token in it, a socket name).
   */
  public static Path socketBase() {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir", "/tmp"));
    return tmp.toString().length() > 32 ? Path.of("/tmp") : tmp;
  }

  /** Makes {@code <base>/<prefix><identity>-<random>}, first sweeping {@code base} of dead ones. */
  public static Path create(Path base, String prefix) throws IOException {
    sweep(base, prefix);
    FileAttribute<?> ownerOnly =
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
    // Named here, not by Files.createTempDirectory: its SecureRandom would add its provider set-up
    // to a fresh JVM's first child start. The random part comes from /dev/urandom, as nonces do.
    for (int attempt = 1; ; attempt++) {
      String random = Handshake.randomHex(RANDOM_NAME_BYTES);
      try {
        return Files.createDirectory(
            base.resolve(prefix + ProcessIdentity.SELF.token() + "-" + random), ownerOnly);
      } catch (FileAlreadyExistsException e) {
        if (attempt == MAX_NAME_ATTEMPTS) {
          throw e; // 64 random bits cannot collide this often: something else is wrong
        }
      }
    }
  }

  /**
   * Removes the directories in {@code base} named {@code <prefix><identity>-...} whose process is
   * provably dead ({@link ProcessIdentity#provablyDead}) and that this user may delete, with what
   * is in them (sockets and FIFOs, no subdirectories).
   */
  public static void sweep(Path base, String prefix) {
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(base, prefix + "*")) {
      for (Path dir : dirs) {
        ProcessIdentity creator = ProcessIdentity.inName(dir.getFileName().toString(), prefix);
        if (creator != null
            && creator.provablyDead()
            && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
            && Files.isWritable(dir)) {
          deleteQuietly(dir);
        }
      }
    } catch (IOException | RuntimeException e) {
      // a courtesy: a directory left behind costs a few bytes of the temp dir
    }
  }

  /**
   * Deletes one {@code file} if it is there; one that will not go stays, for the deletion of its
   * directory or a later sweep to take.
   */
  public static void deleteFileQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // left for its directory's deletion or a later sweep
    }
  }

  /** Deletes {@code dir} and the files in it, as far as it can. */
  public static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(dir);
    } catch (IOException | RuntimeException e) {
      // in the temp dir; a later sweep or the system cleans it
    }
  }
}
