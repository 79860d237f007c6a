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
import io.github.multiproc.spi.ChildMain;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.spi.SharedHandles;
import io.github.multiproc.spi.SyncHandles;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import io.github.multiproc.spi.WorkerDispatcher;
import java.util.List;

/**
 * Hand-written launcher, in the generated shape, for the ShareableList, SharedMemoryManager and
 * typed shared value and array tests.
 */
public final class SharedTypesTestLauncher implements WorkerDispatcher {
  private SharedTypesTestLauncher() {}

  public static void main(String[] args) {
    ChildMain.run(new SharedTypesTestLauncher(), args);
  }

  @Override
  public void dispatch(String entryKey, WireInput arguments, WireOutput result) throws Throwable {
    switch (entryKey) {
      case "editList(io.github.multiproc.ShareableList)": {
        ShareableList list = SharedHandles.SHAREABLE_LIST.decode(arguments);
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, Workers.editList(list));
        return;
      }
      case "makeThroughManager(io.github.multiproc.SharedMemoryManager)": {
        SharedMemoryManager manager = SharedHandles.SHARED_MEMORY_MANAGER.decode(arguments);
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, Workers.makeThroughManager(manager));
        return;
      }
      case "makeThroughManagerAndHang(io.github.multiproc.SharedMemoryManager,"
          + "io.github.multiproc.ShareableList,io.github.multiproc.ProcessEvent)": {
        SharedMemoryManager manager = SharedHandles.SHARED_MEMORY_MANAGER.decode(arguments);
        ShareableList names = SharedHandles.SHAREABLE_LIST.decode(arguments);
        ProcessEvent ready = SyncHandles.EVENT.decode(arguments);
        arguments.requireFullyRead();
        Workers.makeThroughManagerAndHang(manager, names, ready);
        Codecs.VOID.encode(result, null);
        return;
      }
      case "ownManagerAndHang(io.github.multiproc.ShareableList,io.github.multiproc.ProcessEvent)": {
        ShareableList names = SharedHandles.SHAREABLE_LIST.decode(arguments);
        ProcessEvent ready = SyncHandles.EVENT.decode(arguments);
        arguments.requireFullyRead();
        Workers.ownManagerAndHang(names, ready);
        Codecs.VOID.encode(result, null);
        return;
      }
      case "mutateTyped(io.github.multiproc.SharedShort,io.github.multiproc.SharedFloat,"
          + "io.github.multiproc.SharedChar,io.github.multiproc.SharedByte,"
          + "io.github.multiproc.SharedShortArray,io.github.multiproc.SharedFloatArray,"
          + "io.github.multiproc.SharedCharArray,io.github.multiproc.SharedByteArray)": {
        SharedShort s = SharedHandles.SHARED_SHORT.decode(arguments);
        SharedFloat f = SharedHandles.SHARED_FLOAT.decode(arguments);
        SharedChar c = SharedHandles.SHARED_CHAR.decode(arguments);
        SharedByte b = SharedHandles.SHARED_BYTE.decode(arguments);
        SharedShortArray shorts = SharedHandles.SHARED_SHORT_ARRAY.decode(arguments);
        SharedFloatArray floats = SharedHandles.SHARED_FLOAT_ARRAY.decode(arguments);
        SharedCharArray chars = SharedHandles.SHARED_CHAR_ARRAY.decode(arguments);
        SharedByteArray bytes = SharedHandles.SHARED_BYTE_ARRAY.decode(arguments);
        arguments.requireFullyRead();
        Workers.mutateTyped(s, f, c, b, shorts, floats, chars, bytes);
        Codecs.VOID.encode(result, null);
        return;
      }
      case "useRaw(io.github.multiproc.SharedIntArray,io.github.multiproc.SharedDouble)": {
        SharedIntArray ints = SharedHandles.SHARED_INT_ARRAY.decode(arguments);
        SharedDouble value = SharedHandles.SHARED_DOUBLE.decode(arguments);
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, Workers.useRaw(ints, value));
        return;
      }
      case "writeSlice(io.github.multiproc.SharedIntArray,io.github.multiproc.ProcessEvent)": {
        SharedIntArray ints = SharedHandles.SHARED_INT_ARRAY.decode(arguments);
        ProcessEvent started = SyncHandles.EVENT.decode(arguments);
        arguments.requireFullyRead();
        Workers.writeSlice(ints, started);
        Codecs.VOID.encode(result, null);
        return;
      }
      default:
        throw WorkerDispatcher.unknownEntry(entryKey, SharedTypesTestLauncher.class);
    }
  }

  /** The "user code". */
  static final class Workers {
    private Workers() {}

    /** Says what it found, then replaces items with values of other types. */
    static String editList(ShareableList list) {
      String seen = list.toString() + " " + list.format();
      list.set(0, "worker");
      list.set(1, 2.5);
      list.set(2, null);
      list.set(3, new byte[] {1, 0, 0});
      list.set(4, 99L);
      return seen;
    }

    /** Makes a list and a block through the manager, then ends: they must outlive this process. */
    static String makeThroughManager(SharedMemoryManager manager) {
      ShareableList list = manager.shareableList(List.of(7L, "seven"));
      SharedMemory block = manager.sharedMemory(16);
      block.buffer().putInt(0, 77);
      list.close(); // not the owner: the manager releases it
      block.close();
      return list.name() + "," + block.name();
    }

    static void makeThroughManagerAndHang(SharedMemoryManager manager, ShareableList names,
        ProcessEvent ready) throws InterruptedException {
      SharedMemory block = manager.sharedMemory(8);
      block.buffer().putLong(0, 123L);
      names.set(0, block.name());
      ready.set();
      Thread.sleep(60_000);
    }

    /** Owns a manager, makes a block through it, and waits to be killed. */
    static void ownManagerAndHang(ShareableList names, ProcessEvent ready)
        throws InterruptedException {
      SharedMemoryManager manager = SharedMemoryManager.create();
      names.set(0, manager.name());
      names.set(1, manager.sharedMemory(8).name());
      ready.set();
      Thread.sleep(60_000);
    }

    static void mutateTyped(SharedShort s, SharedFloat f, SharedChar c, SharedByte b,
        SharedShortArray shorts, SharedFloatArray floats, SharedCharArray chars,
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
    static String useRaw(SharedIntArray ints, SharedDouble value) {
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
    static void writeSlice(SharedIntArray ints, ProcessEvent started) {
      started.set();
      ints.set(1, 7, 8, 9);
    }
  }
}
