package io.github.multiproc.internal.cds;

import io.github.multiproc.internal.hub.PidDirectories;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The per-user directory of archives: {@code ${java.io.tmpdir}/multiproc-cds-${user.name}}, made
 * with mode 0700 (or {@code -Dmultiproc.classDataArchiveDir}). Each archive {@code <stem>.<ext>}
 * has a sidecar {@code <stem>.len} with its length in bytes.
 *
 * <p>Why the sidecar: JDK 17 crashes (SIGBUS) when it maps a truncated dynamic archive, so a child
 * uses an archive only if its length is the one recorded when it was published. Archives are
 * written under a temporary name and renamed into place, so no reader ever maps a half-written
 * file, and two parents training at once just replace each other's complete archive.
 *
 * <p>The store keeps the most recently used archives up to {@link #MAX_TOTAL_BYTES} in all; a
 * sidecar's modification time is when its archive was last used.
 */
final class ArchiveStore {
  /** A training claim older than this is from a parent that died while training. */
  private static final long CLAIM_EXPIRY_MILLIS = 180_000;

  /**
   * What the archives may take in all: each publish deletes the least recently used beyond it.
   * One archive is 2-16 MiB, so this keeps a dozen or more class paths, JDKs and flag sets.
   */
  static final long MAX_TOTAL_BYTES = 256L << 20;

  /** An archive's sidecar, {@code <stem>.len}: the archive's length when it was published. */
  private static final String LENGTH_SUFFIX = ".len";

  /** A training claim, {@code <stem>.training}: a parent is training that archive now. */
  private static final String CLAIM_SUFFIX = ".training";

  /** The last store opened, so later child starts skip the checks. */
  private static volatile ArchiveStore opened;

  private final Path directory;

  private ArchiveStore(Path directory) {
    this.directory = directory;
  }

  /**
   * The store, created if need be, or {@code null} when it cannot be trusted: not a directory of
   * ours, or writable by others (who could plant an archive that every child then maps).
   */
  static ArchiveStore open() {
    String configured = System.getProperty("multiproc.classDataArchiveDir");
    Path directory =
        configured != null && !configured.isBlank()
            ? Path.of(configured)
            : Path.of(
                System.getProperty("java.io.tmpdir"),
                "multiproc-cds-" + System.getProperty("user.name"));
    ArchiveStore known = opened;
    if (known != null
        && known.directory.equals(directory)
        && Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
      return known; // checked already; a start should not pay for the owner check each time
    }
    ArchiveStore store = create(directory);
    opened = store;
    return store;
  }

  /** The store in {@code directory}; {@code null} when it cannot be trusted (see {@link #open}). */
  static ArchiveStore create(Path directory) {
    try {
      if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
        try {
          Files.createDirectories(
              directory,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException notPosix) {
          Files.createDirectories(directory);
        } catch (FileAlreadyExistsException raced) {
          // another parent made it first; checked below like any existing directory
        }
      }
      return isTrusted(directory) ? new ArchiveStore(directory) : null;
    } catch (IOException | RuntimeException e) {
      return null; // no archive, children start the plain way
    }
  }

  private static boolean isTrusted(Path directory) throws IOException {
    if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    if (!directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return true;
    }
    String owner = Files.getOwner(directory, LinkOption.NOFOLLOW_LINKS).getName();
    Set<PosixFilePermission> permissions =
        Files.getPosixFilePermissions(directory, LinkOption.NOFOLLOW_LINKS);
    return owner.equals(System.getProperty("user.name"))
        && !permissions.contains(PosixFilePermission.GROUP_WRITE)
        && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
  }

  Path directory() {
    return directory;
  }

  Path archive(ArchiveKey key, ArchiveFlavor flavor) {
    return archive(key.stem(), flavor);
  }

  private Path archive(String stem, ArchiveFlavor flavor) {
    return directory.resolve(stem + "." + flavor.extension);
  }

  private Path lengthFile(ArchiveKey key) {
    return lengthFile(key.stem());
  }

  private Path lengthFile(String stem) {
    return directory.resolve(stem + LENGTH_SUFFIX);
  }

  private Path claimFile(ArchiveKey key) {
    return directory.resolve(key.stem() + CLAIM_SUFFIX);
  }

  /** A fresh temporary path for a training JVM to write into. */
  Path temporary(ArchiveKey key, ArchiveFlavor flavor) {
    return directory.resolve(
        key.stem()
            + "."
            + ProcessHandle.current().pid()
            + "-"
            + Long.toHexString(System.nanoTime())
            + ".tmp."
            + flavor.extension);
  }

  /** Whether the archive is complete: it exists with the length recorded when it was published. */
  boolean isReady(ArchiveKey key, ArchiveFlavor flavor) {
    try {
      String recorded = Files.readString(lengthFile(key), StandardCharsets.US_ASCII).trim();
      return Files.size(archive(key, flavor)) == Long.parseLong(recorded);
    } catch (IOException | RuntimeException e) {
      return false; // missing, truncated or being replaced: start without it
    }
  }

  /**
   * Claims the training of {@code key} across parents (a file made with CREATE_NEW), so that many
   * parents starting at once train one JVM, not one each. False if another parent holds it.
   */
  boolean claim(ArchiveKey key) {
    Path claim = claimFile(key);
    try {
      Files.createFile(claim);
      return true;
    } catch (FileAlreadyExistsException e) {
      try {
        FileTime made = Files.getLastModifiedTime(claim);
        if (System.currentTimeMillis() - made.toMillis() > CLAIM_EXPIRY_MILLIS) {
          Files.deleteIfExists(claim);
          return claim(key);
        }
      } catch (IOException gone) {
        // released meanwhile; the next child start tries again
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  void release(ArchiveKey key) {
    PidDirectories.deleteFileQuietly(claimFile(key));
  }

  /**
   * Moves a complete {@code trained} archive into place: length sidecar first, then the archive,
   * each by an atomic rename; then deletes older archives of the same JDK and paths.
   */
  void publish(ArchiveKey key, ArchiveFlavor flavor, Path trained) throws IOException {
    long length = Files.size(trained);
    Path lengthTemp = directory.resolve(trained.getFileName() + LENGTH_SUFFIX);
    Files.writeString(lengthTemp, Long.toString(length), StandardCharsets.US_ASCII);
    // A reader sees the old pair, or the new sidecar with the old archive (a length mismatch:
    // unused for that instant), or the new pair; never a half-written archive.
    moveAtomically(lengthTemp, lengthFile(key));
    moveAtomically(trained, archive(key, flavor));
    deleteOlderVersions(key);
    pruneLeastRecentlyUsed(key, MAX_TOTAL_BYTES);
  }

  /**
   * Records that {@code key}'s archive is in use now: the modification time of its length sidecar
   * is when a parent last started a child with it, which {@link #pruneLeastRecentlyUsed} goes by.
   */
  void markUsed(ArchiveKey key) {
    try {
      Files.setLastModifiedTime(lengthFile(key), FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException | RuntimeException e) {
      // housekeeping only: at worst the archive is pruned early and trained again
    }
  }

  /**
   * Deletes archives, least recently used first, until the rest take at most {@code maxBytes};
   * {@code keep}'s is never deleted; expired training claims go too. Without this, archives of
   * other class paths, JDKs and flag sets would stay forever: {@link #deleteOlderVersions} only
   * replaces rebuilt jars, and a developer's test runs over temporary jars left ~1 GB of them.
   * Each archive goes before its sidecar, so a reader sees a missing archive, never a short one;
   * a child that already mapped it keeps its mapping.
   */
  void pruneLeastRecentlyUsed(ArchiveKey keep, long maxBytes) {
    List<StoredArchive> stored = new ArrayList<>();
    long now = System.currentTimeMillis();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "mp-*")) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (name.endsWith(LENGTH_SUFFIX)) {
          String stem = name.substring(0, name.length() - LENGTH_SUFFIX.length());
          stored.add(
              new StoredArchive(
                  stem, Files.getLastModifiedTime(file).toMillis(), archiveBytes(stem)));
        } else if (name.endsWith(CLAIM_SUFFIX)
            && now - Files.getLastModifiedTime(file).toMillis() > CLAIM_EXPIRY_MILLIS) {
          PidDirectories.deleteFileQuietly(file);
        }
      }
    } catch (IOException | RuntimeException e) {
      return; // housekeeping only
    }
    stored.sort(Comparator.comparingLong(StoredArchive::lastUsed).reversed());
    long total = archiveBytes(keep.stem());
    for (StoredArchive candidate : stored) {
      if (candidate.stem().equals(keep.stem())) {
        continue;
      }
      total += candidate.bytes();
      if (total > maxBytes) {
        for (ArchiveFlavor flavor : ArchiveFlavor.values()) {
          PidDirectories.deleteFileQuietly(archive(candidate.stem(), flavor));
        }
        PidDirectories.deleteFileQuietly(lengthFile(candidate.stem()));
      }
    }
  }

  /** An archive in the store: its stem, when it was last used, its size in bytes. */
  private record StoredArchive(String stem, long lastUsed, long bytes) {}

  /** The size of {@code stem}'s archive, of whichever flavor is there; 0 when none is. */
  private long archiveBytes(String stem) {
    long bytes = 0;
    for (ArchiveFlavor flavor : ArchiveFlavor.values()) {
      try {
        bytes += Files.size(archive(stem, flavor));
      } catch (IOException | RuntimeException e) {
        // not of this flavor
      }
    }
    return bytes;
  }

  /** Deletes the archives of the same family made from jars that have been rebuilt since. */
  private void deleteOlderVersions(ArchiveKey key) {
    String prefix = "mp-" + key.family() + "-";
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, prefix + "*")) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (!name.startsWith(key.stem() + ".")
            && !name.contains(".tmp.")
            && !name.endsWith(CLAIM_SUFFIX)) {
          PidDirectories.deleteFileQuietly(file);
        }
      }
    } catch (IOException | RuntimeException e) {
      // housekeeping only
    }
  }

  private static void moveAtomically(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Publishes an AOT cache that a training JVM finished after its parent had exited (the cache is
   * assembled in a second JVM, after the training run, which a short-lived parent does not wait
   * for). Finished means: the JDK has removed its {@code .config} temporary, which it does last,
   * and the file has not changed for a few seconds. Only for a flavor whose JVM checks the length
   * itself, so a file cut short by a kill is refused by the child's JVM, not mapped.
   */
  boolean adoptFinished(ArchiveKey key, ArchiveFlavor flavor) {
    if (!flavor.jvmChecksLength) {
      return false;
    }
    long now = System.currentTimeMillis();
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(directory, key.stem() + ".*.tmp." + flavor.extension)) {
      for (Path file : files) {
        if (!Files.exists(Path.of(file + ".config"))
            && now - Files.getLastModifiedTime(file).toMillis() > 5_000
            && Files.size(file) > 0) {
          publish(key, flavor, file);
          return isReady(key, flavor);
        }
      }
    } catch (IOException | RuntimeException e) {
      // another parent adopted it first, or it is gone: train again
    }
    return false;
  }

  /** Deletes temporary files older than {@code maxAgeMillis}: left by killed training JVMs. */
  void pruneTemporaries(long maxAgeMillis) {
    long now = System.currentTimeMillis();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "mp-*.tmp.*")) {
      for (Path file : files) {
        try {
          if (now - Files.getLastModifiedTime(file).toMillis() > maxAgeMillis) {
            Files.deleteIfExists(file);
          }
        } catch (IOException e) {
          // in use or gone: next time
        }
      }
    } catch (IOException | RuntimeException e) {
      // pruning is housekeeping only
    }
  }
}
