package io.github.multiproc.testing;

import io.github.multiproc.ChildProcess;
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
import io.github.multiproc.SharedMemoryManager;
import io.github.multiproc.SharedShort;
import io.github.multiproc.SharedShortArray;
import io.github.multiproc.spi.Codecs;
import io.github.multiproc.spi.SharedMemoryHandles;
import io.github.multiproc.spi.SyncHandles;
import io.github.multiproc.spi.WorkerCall;

/** Hand-written factory, in the generated shape, for {@link ManagedTypesTestLauncher}. */
public final class ManagedTypesTestProcesses {
  private ManagedTypesTestProcesses() {}

  public static ChildProcess<String> editList(ShareableList list) {
    return WorkerCall.to(ManagedTypesTestLauncher.class,
            "editList(io.github.multiproc.ShareableList)", Codecs.STRING)
        .arguments(out -> SharedMemoryHandles.SHAREABLE_LIST.encode(out, list))
        .newProcess();
  }

  public static ChildProcess<String> makeThroughManager(SharedMemoryManager manager) {
    return WorkerCall.to(ManagedTypesTestLauncher.class,
            "makeThroughManager(io.github.multiproc.SharedMemoryManager)", Codecs.STRING)
        .arguments(out -> SharedMemoryHandles.SHARED_MEMORY_MANAGER.encode(out, manager))
        .newProcess();
  }

  public static ChildProcess<Void> makeThroughManagerAndHang(
      SharedMemoryManager manager, ShareableList names, ProcessEvent ready) {
    return WorkerCall.to(ManagedTypesTestLauncher.class,
            "makeThroughManagerAndHang(io.github.multiproc.SharedMemoryManager,"
                + "io.github.multiproc.ShareableList,io.github.multiproc.ProcessEvent)",
            Codecs.VOID)
        .arguments(out -> {
          SharedMemoryHandles.SHARED_MEMORY_MANAGER.encode(out, manager);
          SharedMemoryHandles.SHAREABLE_LIST.encode(out, names);
          SyncHandles.EVENT.encode(out, ready);
        })
        .newProcess();
  }

  public static ChildProcess<Void> ownManagerAndHang(ShareableList names, ProcessEvent ready) {
    return WorkerCall.to(ManagedTypesTestLauncher.class,
            "ownManagerAndHang(io.github.multiproc.ShareableList,io.github.multiproc.ProcessEvent)",
            Codecs.VOID)
        .arguments(out -> {
          SharedMemoryHandles.SHAREABLE_LIST.encode(out, names);
          SyncHandles.EVENT.encode(out, ready);
        })
        .newProcess();
  }

  public static ChildProcess<Void> mutateTyped(SharedShort s, SharedFloat f, SharedChar c,
      SharedByte b, SharedShortArray shorts, SharedFloatArray floats, SharedCharArray chars,
      SharedByteArray bytes) {
    return WorkerCall.to(ManagedTypesTestLauncher.class,
            "mutateTyped(io.github.multiproc.SharedShort,io.github.multiproc.SharedFloat,"
                + "io.github.multiproc.SharedChar,io.github.multiproc.SharedByte,"
                + "io.github.multiproc.SharedShortArray,io.github.multiproc.SharedFloatArray,"
                + "io.github.multiproc.SharedCharArray,io.github.multiproc.SharedByteArray)",
            Codecs.VOID)
        .arguments(out -> {
          SharedMemoryHandles.SHARED_SHORT.encode(out, s);
          SharedMemoryHandles.SHARED_FLOAT.encode(out, f);
          SharedMemoryHandles.SHARED_CHAR.encode(out, c);
          SharedMemoryHandles.SHARED_BYTE.encode(out, b);
          SharedMemoryHandles.SHARED_SHORT_ARRAY.encode(out, shorts);
          SharedMemoryHandles.SHARED_FLOAT_ARRAY.encode(out, floats);
          SharedMemoryHandles.SHARED_CHAR_ARRAY.encode(out, chars);
          SharedMemoryHandles.SHARED_BYTE_ARRAY.encode(out, bytes);
        })
        .newProcess();
  }

  public static ChildProcess<String> useRaw(SharedIntArray ints, SharedDouble value) {
    return WorkerCall.to(ManagedTypesTestLauncher.class,
            "useRaw(io.github.multiproc.SharedIntArray,io.github.multiproc.SharedDouble)",
            Codecs.STRING)
        .arguments(out -> {
          SharedMemoryHandles.SHARED_INT_ARRAY.encode(out, ints);
          SharedMemoryHandles.SHARED_DOUBLE.encode(out, value);
        })
        .newProcess();
  }

  public static ChildProcess<Void> writeSlice(SharedIntArray ints, ProcessEvent started) {
    return WorkerCall.to(ManagedTypesTestLauncher.class,
            "writeSlice(io.github.multiproc.SharedIntArray,io.github.multiproc.ProcessEvent)",
            Codecs.VOID)
        .arguments(out -> {
          SharedMemoryHandles.SHARED_INT_ARRAY.encode(out, ints);
          SyncHandles.EVENT.encode(out, started);
        })
        .newProcess();
  }
}
