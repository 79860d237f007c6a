package io.github.multiproc.testing;

import io.github.multiproc.ProcessEvent;
import io.github.multiproc.ShareableList;
import io.github.multiproc.SharedByte;
import io.github.multiproc.SharedByteArray;
import io.github.multiproc.SharedChar;
import io.github.multiproc.SharedCharArray;
import io.github.multiproc.SharedDouble;
import io.github.multiproc.SharedFloat;
import io.github.multiproc.SharedFloatArray;
import io.github.multiproc.SharedIntArray;
import io.github.multiproc.SharedMemory;
import io.github.multiproc.SharedMemoryManager;
import io.github.multiproc.SharedShort;
import io.github.multiproc.SharedShortArray;
import io.github.multiproc.annotation.Worker;
import java.util.List;

/**
 * The "user code" of the tests of shared values, arrays and lists passed to children: the
 * processor generates {@code SharedTypesWorkers_Launcher} and the factories
 * {@code SharedTypesWorkersProcesses} from it.
 */
public final class SharedTypesWorkers {
  private SharedTypesWorkers() {}

  /** Says what it found, then replaces items with values of other types. */
  @Worker
  public static String editList(ShareableList list) {
    String seen = list.toString() + " " + list.format();
    list.set(0, "worker");
    list.set(1, 2.5);
    list.set(2, null);
    list.set(3, new byte[] {1, 0, 0});
    list.set(4, 99L);
    return seen;
  }

  /** Makes a list and a block through the manager, then ends: they must outlive this process. */
  @Worker
  public static String makeThroughManager(SharedMemoryManager manager) {
    ShareableList list = manager.shareableList(List.of(7L, "seven"));
    SharedMemory block = manager.sharedMemory(16);
    block.buffer().putInt(0, 77);
    list.close(); // not the owner: the manager releases it
    block.close();
    return list.name() + "," + block.name();
  }

  /**
   * Makes a block through the manager, puts its name in {@code names}, says so, and waits to be
   * killed.
   */
  @Worker
  public static void makeThroughManagerAndHang(
      SharedMemoryManager manager, ShareableList names, ProcessEvent ready)
      throws InterruptedException {
    SharedMemory block = manager.sharedMemory(8);
    block.buffer().putLong(0, 123L);
    names.set(0, block.name());
    ready.set();
    Thread.sleep(60_000);
  }

  /** Owns a manager, makes a block through it, and waits to be killed. */
  @Worker
  public static void ownManagerAndHang(ShareableList names, ProcessEvent ready)
      throws InterruptedException {
    SharedMemoryManager manager = SharedMemoryManager.create();
    names.set(0, manager.name());
    names.set(1, manager.sharedMemory(8).name());
    ready.set();
    Thread.sleep(60_000);
  }

  /** Changes each value and array in a way the test checks. */
  @Worker
  public static void mutateTyped(
      SharedShort s,
      SharedFloat f,
      SharedChar c,
      SharedByte b,
      SharedShortArray shorts,
      SharedFloatArray floats,
      SharedCharArray chars,
      SharedByteArray bytes) {
    s.set((short) (s.get() + 1));
    f.set(f.get() * 2);
    c.set(Character.toUpperCase(c.get()));
    b.set((byte) (b.get() - 1));
    short[] head = shorts.get(0, 2);
    shorts.set(2, head);
    floats.set(1, 1.5f, 2.5f);
    chars.set(0, "hey".toCharArray());
    bytes.set(1, (byte) 0xff, (byte) 0x80);
  }

  /** Writes raw objects plainly; says whether they arrived raw and what their lock() did. */
  @Worker
  public static String useRaw(SharedIntArray ints, SharedDouble value) {
    ints.set(0, 4, 5, 6);
    value.set(value.get() + 0.5);
    try {
      ints.lock();
      return "raw=" + ints.isRaw() + "," + value.isRaw() + " lock() worked";
    } catch (IllegalStateException e) {
      return "raw=" + ints.isRaw() + "," + value.isRaw() + " " + e.getClass().getSimpleName();
    }
  }

  /** Writes a slice, which waits for the array's lock while the parent holds it. */
  @Worker
  public static void writeSlice(SharedIntArray ints, ProcessEvent started) {
    started.set();
    ints.set(1, 7, 8, 9);
  }
}
