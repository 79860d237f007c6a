package io.github.multiproc.internal.cds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's housekeeping: archives beyond its size go, least recently used first. */
class ArchiveStoreTest {
  private static final long HOUR = 3_600_000;

  @TempDir Path directory;
  private ArchiveStore store;
  private long now;

  @BeforeEach
  void openStore() throws IOException {
    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
    store = ArchiveStore.create(directory);
    assertNotNull(store, "a private temporary directory is a trusted store");
    now = System.currentTimeMillis();
  }

  @Test
  void pruningDeletesTheLeastRecentlyUsedBeyondTheLimit() throws IOException {
    ArchiveKey oldest = stored("a", 100, now - 4 * HOUR);
    ArchiveKey older = stored("b", 100, now - 3 * HOUR);
    ArchiveKey recent = stored("c", 100, now - 2 * HOUR);
    ArchiveKey published = stored("d", 100, now);

    store.pruneLeastRecentlyUsed(published, 250);

    assertEquals(List.of("mp-c-1.jsa", "mp-c-1.len", "mp-d-1.jsa", "mp-d-1.len"), files());
    assertTrue(store.isReady(recent, ArchiveFlavor.STATIC_CDS), "the kept archive is still whole");
    assertFalse(store.isReady(older, ArchiveFlavor.STATIC_CDS));
    assertFalse(store.isReady(oldest, ArchiveFlavor.STATIC_CDS));
  }

  @Test
  void anArchiveMarkedUsedOutlivesNewerOnesThatAreNot() throws IOException {
    ArchiveKey usedAgain = stored("a", 100, now - 4 * HOUR);
    stored("b", 100, now - 3 * HOUR);
    ArchiveKey published = stored("c", 100, now);

    store.markUsed(usedAgain);
    store.pruneLeastRecentlyUsed(published, 200);

    assertEquals(List.of("mp-a-1.jsa", "mp-a-1.len", "mp-c-1.jsa", "mp-c-1.len"), files());
  }

  @Test
  void theArchiveJustPublishedStaysEvenAboveTheLimit() throws IOException {
    stored("a", 100, now - HOUR);
    ArchiveKey published = stored("b", 500, now - 2 * HOUR);

    store.pruneLeastRecentlyUsed(published, 200);

    assertEquals(List.of("mp-b-1.jsa", "mp-b-1.len"), files());
  }

  @Test
  void expiredTrainingClaimsGoWhileLiveClaimsAndTemporariesStay() throws IOException {
    ArchiveKey published = stored("a", 100, now);
    Path expired = touch("mp-b-1.training", now - HOUR);
    Path live = touch("mp-c-1.training", now);
    Path temporary = touch("mp-d-1.123-abc.tmp.jsa", now - 2 * HOUR);

    store.pruneLeastRecentlyUsed(published, 1 << 20);

    assertFalse(Files.exists(expired));
    assertTrue(Files.exists(live), "a parent may be training that one now");
    assertTrue(Files.exists(temporary), "temporaries have their own, longer expiry");
  }

  /** An archive of {@code bytes} with its sidecar, last used at {@code lastUsed}. */
  private ArchiveKey stored(String family, int bytes, long lastUsed) throws IOException {
    ArchiveKey key = new ArchiveKey(family, "mp-" + family + "-1");
    Files.write(store.archive(key, ArchiveFlavor.STATIC_CDS), new byte[bytes]);
    Path length = directory.resolve(key.stem() + ".len");
    Files.writeString(length, Integer.toString(bytes), StandardCharsets.US_ASCII);
    Files.setLastModifiedTime(length, FileTime.fromMillis(lastUsed));
    assertTrue(store.isReady(key, ArchiveFlavor.STATIC_CDS));
    return key;
  }

  private Path touch(String name, long modified) throws IOException {
    Path file = Files.createFile(directory.resolve(name));
    Files.setLastModifiedTime(file, FileTime.fromMillis(modified));
    return file;
  }

  private List<String> files() throws IOException {
    try (Stream<Path> list = Files.list(directory)) {
      return list.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }
}
