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
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.spi.SharedHandles;
import io.github.multiproc.spi.SyncHandles;
import io.github.multiproc.spi.WorkerCall;

/** Hand-written factory, in the generated shape, for {@link SharedTypesTestLauncher}. */
public final class SharedTypesTestProcesses {
  private SharedTypesTestProcesses() {}

  public static ChildProcess<String> editList(ShareableList list) {
    return WorkerCall.to(SharedTypesTestLauncher.class,
            "editList(io.github.multiproc.ShareableList)", Codecs.STRING)
        .arguments(out -> SharedHandles.SHAREABLE_LIST.encode(out, list))
        .newProcess();
  }

  public static ChildProcess<String> makeThroughManager(SharedMemoryManager manager) {
    return WorkerCall.to(SharedTypesTestLauncher.class,
            "makeThroughManager(io.github.multiproc.SharedMemoryManager)", Codecs.STRING)
        .arguments(out -> SharedHandles.SHARED_MEMORY_MANAGER.encode(out, manager))
        .newProcess();
  }

  public static ChildProcess<Void> makeThroughManagerAndHang(
      SharedMemoryManager manager, ShareableList names, ProcessEvent ready) {
    return WorkerCall.to(SharedTypesTestLauncher.class,
            "makeThroughManagerAndHang(io.github.multiproc.SharedMemoryManager,"
                + "io.github.multiproc.ShareableList,io.github.multiproc.ProcessEvent)",
            Codecs.VOID)
        .arguments(out -> {
          SharedHandles.SHARED_MEMORY_MANAGER.encode(out, manager);
          SharedHandles.SHAREABLE_LIST.encode(out, names);
          SyncHandles.EVENT.encode(out, ready);
        })
        .newProcess();
  }

  public static ChildProcess<Void> ownManagerAndHang(ShareableList names, ProcessEvent ready) {
    return WorkerCall.to(SharedTypesTestLauncher.class,
            "ownManagerAndHang(io.github.multiproc.ShareableList,io.github.multiproc.ProcessEvent)",
            Codecs.VOID)
        .arguments(out -> {
          SharedHandles.SHAREABLE_LIST.encode(out, names);
          SyncHandles.EVENT.encode(out, ready);
        })
        .newProcess();
  }

  public static ChildProcess<Void> mutateTyped(SharedShort s, SharedFloat f, SharedChar c,
      SharedByte b, SharedShortArray shorts, SharedFloatArray floats, SharedCharArray chars,
      SharedByteArray bytes) {
    return WorkerCall.to(SharedTypesTestLauncher.class,
            "mutateTyped(io.github.multiproc.SharedShort,io.github.multiproc.SharedFloat,"
                + "io.github.multiproc.SharedChar,io.github.multiproc.SharedByte,"
                + "io.github.multiproc.SharedShortArray,io.github.multiproc.SharedFloatArray,"
                + "io.github.multiproc.SharedCharArray,io.github.multiproc.SharedByteArray)",
            Codecs.VOID)
        .arguments(out -> {
          SharedHandles.SHARED_SHORT.encode(out, s);
          SharedHandles.SHARED_FLOAT.encode(out, f);
          SharedHandles.SHARED_CHAR.encode(out, c);
          SharedHandles.SHARED_BYTE.encode(out, b);
          SharedHandles.SHARED_SHORT_ARRAY.encode(out, shorts);
          SharedHandles.SHARED_FLOAT_ARRAY.encode(out, floats);
          SharedHandles.SHARED_CHAR_ARRAY.encode(out, chars);
          SharedHandles.SHARED_BYTE_ARRAY.encode(out, bytes);
        })
        .newProcess();
  }

  public static ChildProcess<String> useRaw(SharedIntArray ints, SharedDouble value) {
    return WorkerCall.to(SharedTypesTestLauncher.class,
            "useRaw(io.github.multiproc.SharedIntArray,io.github.multiproc.SharedDouble)",
            Codecs.STRING)
        .arguments(out -> {
          SharedHandles.SHARED_INT_ARRAY.encode(out, ints);
          SharedHandles.SHARED_DOUBLE.encode(out, value);
        })
        .newProcess();
  }

  public static ChildProcess<Void> writeSlice(SharedIntArray ints, ProcessEvent started) {
    return WorkerCall.to(SharedTypesTestLauncher.class,
            "writeSlice(io.github.multiproc.SharedIntArray,io.github.multiproc.ProcessEvent)",
            Codecs.VOID)
        .arguments(out -> {
          SharedHandles.SHARED_INT_ARRAY.encode(out, ints);
          SyncHandles.EVENT.encode(out, started);
        })
        .newProcess();
  }
}
