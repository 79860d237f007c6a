package io.github.multiproc.internal.shm;

import io.github.multiproc.internal.exit.ExitOrder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The owner numbers that locks, conditions and barriers write into shared memory in place of a pid
 * (no Python counterpart: CPython's locks are POSIX semaphores, which record no owner).
 *
 * <p>A pid does not name one process once programs in different pid namespaces share the segment
 * directory: two JVMs that are each pid 1 of their container, on their thread 1, would each take
 * the other's lock word for their own hold. So each JVM that uses a lock word first registers
 * itself: it makes the file {@code multiproc-owner-<hex digits>} in the segment directory, which
 * holds its {@link ProcessIdentity#token}, and the number in that name (unique while the file
 * exists, as the file is made only if absent) is its owner number. A waiter that finds a holder
 * asks {@link #provablyDead} about it: the file, read back, says who the holder is.
 *
 * <p>An owner file is removed by a {@link #sweep} that proved its process dead, or by its own
 * process as the last step of its exit, once its children are joined: so a number whose file is
 * gone is a dead or exiting owner's, and a lock such an owner still holds is taken over as
 * abandoned, as it would be a moment later when the process is gone. The same exit step sweeps
 * the files of dead processes (children killed by the program or by a signal), so that a program
 * that ends leaves no owner file of its tree behind.
 */
public final class Owners {
  static final String PREFIX = "multiproc-owner-";

  /** This JVM's owner number, never 0; registered by the first use of this class. */
  public static final int SELF = register();

  private Owners() {}

  private static int register() {
    Path directory = Segments.directory();
    byte[] token = ProcessIdentity.SELF.token().getBytes(StandardCharsets.US_ASCII);
    // Written under a segment-style name first and linked into place, so that an owner file is
    // never seen half-written; a JVM killed in between leaves a name the segment sweep removes.
    Path written = directory.resolve(Segments.newName());
    try {
      Files.write(written, token);
      try {
        while (true) {
          int number = ThreadLocalRandom.current().nextInt();
          if (number == 0) {
            continue;
          }
          try {
            Files.createLink(file(number), written);
            Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> leave(number), "multiproc-owner-cleanup"));
            return number;
          } catch (FileAlreadyExistsException e) {
            // the number of another process, live or not yet proven dead: draw again
          }
        }
      } finally {
        Files.deleteIfExists(written);
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          "could not register this process as a lock owner in "
              + directory
              + " ("
              + e
              + "): multiproc's locks need a file there that names the"
              + " process; make the directory writable for this user",
          e);
    }
  }

  /** At exit: sweeps dead owners' files, then removes this JVM's own, {@code number}. */
  private static void leave(int number) {
    ExitOrder.awaitChildren(); // a child may still wait for a lock this JVM's file vouches for
    sweep();
    try {
      Files.deleteIfExists(file(number));
    } catch (IOException e) {
      // the next sweep in this namespace removes it once this process is gone
    }
  }

  private static Path file(int owner) {
    return Segments.directory().resolve(PREFIX + Integer.toHexString(owner));
  }

  /**
   * Whether the process that registered {@code owner} is provably dead
   * ({@link ProcessIdentity#provablyDead}); true when its file is gone (only a sweep that proved
   * it dead removes one), false when the file cannot be read.
   */
  public static boolean provablyDead(int owner) {
    if (owner == SELF) {
      return false;
    }
    try {
      ProcessIdentity identity = read(file(owner));
      return identity != null && identity.provablyDead();
    } catch (NoSuchFileException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** "process N" for the owner of {@code owner}, as far as known, for messages. */
  public static String describe(int owner) {
    try {
      ProcessIdentity identity = read(file(owner));
      if (identity != null) {
        return identity.toString();
      }
    } catch (IOException e) {
      // told below
    }
    return "the process registered as owner "
        + Integer.toHexString(owner)
        + " (its file in "
        + Segments.directory()
        + " is gone or unreadable)";
  }

  private static ProcessIdentity read(Path ownerFile) throws IOException {
    return ProcessIdentity.parse(
        new String(Files.readAllBytes(ownerFile), StandardCharsets.US_ASCII));
  }

  /** Removes the owner files of processes proven dead; returns how many. */
  static int sweep() {
    int removed = 0;
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(Segments.directory(), PREFIX + "*")) {
      for (Path path : files) {
        try {
          ProcessIdentity identity = read(path);
          if (identity != null && identity.provablyDead() && Files.deleteIfExists(path)) {
            removed++;
          }
        } catch (IOException e) {
          // gone meanwhile, or not ours to read: the next sweep looks again
        }
      }
    } catch (IOException e) {
      // A sweep is a courtesy; failing it must not fail the create that triggered it.
    }
    return removed;
  }
}
