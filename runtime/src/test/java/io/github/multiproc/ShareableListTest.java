package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.internal.shm.Segments;
import io.github.multiproc.testing.SharedTypesWorkersProcesses;
import io.github.multiproc.testing.ShmTestExtension;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Python's ShareableList and SharedMemoryManager, within one process and across processes. */
class ShareableListTest {
  @RegisterExtension static final ShmTestExtension SHM = new ShmTestExtension();

  @Test
  void itemsKeepTheirTypesAndRoomAsInPython() {
    try (ShareableList list =
        ShareableList.create(
            Arrays.asList(1, 2.5f, true, "abcdefgh", new byte[] {1, 0}, null, -7L))) {
      assertEquals(7, list.size());
      assertEquals(List.of(1L, 2.5, true, "abcdefgh"), list.toList().subList(0, 4));
      assertArrayEquals(new byte[] {1, 0}, (byte[]) list.get(4), "a trailing zero byte is kept");
      assertNull(list.get(5));
      assertEquals(-7L, list.get(6));
      assertEquals("qdxxxxxxx?16s8sxxxxxx?xq", list.format(), "Python's struct format");
      list.set(0, "12345678"); // an 8-byte string fits a number's 8 bytes
      assertEquals("12345678", list.get(0));
      IllegalArgumentException tooLong =
          assertThrows(IllegalArgumentException.class, () -> list.set(5, "123456789"));
      assertTrue(tooLong.getMessage().contains("room for 8 bytes"), tooLong.getMessage());
      list.set(3, "\u00fc"); // a shorter string fits the room the first one fixed
      list.set(3, "0123456789abcde");
      assertEquals("0123456789abcde", list.get(3));
      assertThrows(IllegalArgumentException.class, () -> list.set(3, "0123456789abcdefg"));
      assertThrows(IllegalArgumentException.class, () -> list.set(1, new Object()));
      assertThrows(IndexOutOfBoundsException.class, () -> list.get(7));
      list.set(6, 1);
      assertEquals(1L, list.get(6), "an Integer is stored as Python's int, a Long");
      assertEquals(1, list.count(1));
      assertEquals(1, list.count(new byte[] {1, 0}), "bytes compare by content");
      assertEquals(4, list.indexOf(new byte[] {1, 0}));
      assertEquals(6, list.indexOf(1L));
      assertEquals(-1, list.indexOf("absent"));
      ShareableList again = ShareableList.attach(list.name());
      assertEquals("12345678", again.get(0));
      assertEquals("8sdxxxxxxx?16s8sxxxxxx?xq", again.format());
    }
  }

  @Test
  void anotherMappingSeesTheSameItems() {
    try (ShareableList list = ShareableList.create(List.of("a", 1L))) {
      ShareableList other = ShareableList.attach(list.name());
      other.set(1, false);
      assertEquals(false, list.get(1));
      assertEquals(list.name(), list.shm().name());
      assertTrue(list.shm().isOwner());
    }
    try (SharedMemory plain = SharedMemory.create(64)) {
      assertThrows(
          IllegalStateException.class,
          () -> ShareableList.attach(plain.name()),
          "a block that holds no list fails clearly");
      plain.buffer().putInt(0, 0x4d50534c).putInt(4, 2); // a list's magic, then 2 items...
      plain.buffer().putInt(8, 40).putInt(12, 8).putInt(24, 48).putInt(28, 4096); // ...too big
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> ShareableList.attach(plain.name()));
      assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
    }
  }

  @Test
  @Timeout(60)
  void aChildReadsAndReplacesItems() throws Exception {
    String name = SHM.chosen("multiproc-test-" + ProcessHandle.current().pid() + "-list");
    try (ShareableList list =
        ShareableList.create(name, Arrays.asList("howdy", 1L, 3.5, true, new byte[] {5}))) {
      String seen = SHM.started(SharedTypesWorkersProcesses.editList(list)).result();
      assertEquals(
          "ShareableList(['howdy', 1, 3.5, true, b[5]], name='" + name + "')" + " 8sqdxxxxxxx?8s",
          seen);
      assertEquals("worker", list.get(0));
      assertEquals(2.5, list.get(1));
      assertNull(list.get(2));
      assertArrayEquals(new byte[] {1, 0, 0}, (byte[]) list.get(3));
      assertEquals(99L, list.get(4));
      assertEquals("8sdxxxxxx?x8sq", list.format());
    }
    assertFalse(Files.exists(Segments.directory().resolve(name)), "the owner's close unlinks");
  }

  @Test
  @Timeout(60)
  void aManagersBlocksOutliveTheChildThatMadeThemUntilItCloses() throws Exception {
    String[] names;
    try (SharedMemoryManager manager = SharedMemoryManager.create()) {
      names =
          SHM.started(SharedTypesWorkersProcesses.makeThroughManager(manager)).result().split(",");
      // The child has ended, normally: its exit removed only what it owned.
      ShareableList list = ShareableList.attach(names[0]);
      assertEquals(List.of(7L, "seven"), list.toList());
      assertFalse(list.shm().isOwner());
      assertEquals(77, SharedMemory.attach(names[1]).buffer().getInt(0));
      ShareableList mine = manager.shareableList(List.of(1L));
      mine.close(); // a managed block's own close does not unlink it
      assertTrue(exists(mine.name()));
      SharedMemoryManager.attach(manager.name()).close(); // nor does another handle's close
      assertTrue(exists(names[0]) && exists(names[1]));
      manager.close();
      assertFalse(exists(names[0]) || exists(names[1]) || exists(mine.name()));
      assertFalse(exists(manager.name()));
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> manager.sharedMemory(8));
      assertTrue(e.getMessage().contains("shut down"), e.getMessage());
      assertThrows(IllegalStateException.class, () -> SharedMemoryManager.attach(manager.name()));
    }
    try (SharedInt notAManager = SharedInt.create(0)) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class, () -> SharedMemoryManager.attach(notAManager.name()));
      assertTrue(e.getMessage().contains("not a shared memory manager"), e.getMessage());
    }
  }

  @Test
  @Timeout(60)
  void aKilledChildsManagedBlockStaysUntilTheManagerCloses() throws Exception {
    try (SharedMemoryManager manager = SharedMemoryManager.create();
        ShareableList names = ShareableList.create(List.of(" ".repeat(120)));
        ProcessEvent ready = ProcessEvent.create()) {
      ChildProcess<Void> child =
          SHM.started(SharedTypesWorkersProcesses.makeThroughManagerAndHang(manager, names, ready));
      assertTrue(ready.waitFor(Duration.ofSeconds(20)));
      String block = (String) names.get(0);
      child.kill();
      child.join(Duration.ofSeconds(10));
      Segments.sweep();
      assertTrue(exists(block), "the dead child did not own it");
      assertEquals(123L, SharedMemory.attach(block).buffer().getLong(0));
      manager.close();
      assertFalse(exists(block));
    }
  }

  @Test
  @Timeout(60)
  void aKilledManagersBlocksGoInTheNextSweep() throws Exception {
    try (ShareableList names = ShareableList.create(List.of(" ".repeat(120), " ".repeat(120)));
        ProcessEvent ready = ProcessEvent.create()) {
      ChildProcess<Void> owner =
          SHM.started(SharedTypesWorkersProcesses.ownManagerAndHang(names, ready));
      assertTrue(ready.waitFor(Duration.ofSeconds(20)));
      String manager = (String) names.get(0);
      String block = (String) names.get(1);
      assertTrue(exists(manager) && exists(block));
      owner.kill();
      owner.join(Duration.ofSeconds(10));
      assertTrue(exists(block), "SIGKILL runs no hook");
      Segments.sweep();
      assertFalse(exists(manager) || exists(block), "named after the dead manager's pid");
    }
  }

  private static boolean exists(String name) {
    return Files.exists(Segments.directory().resolve(name));
  }
}
