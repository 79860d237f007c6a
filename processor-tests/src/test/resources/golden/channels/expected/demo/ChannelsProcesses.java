package demo;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Connection;
import io.github.multiproc.ProcessLock;
import io.github.multiproc.ProcessQueue;
import io.github.multiproc.ShareableList;
import io.github.multiproc.SharedFloatArray;
import io.github.multiproc.SharedInt;
import io.github.multiproc.SharedMemoryManager;
import io.github.multiproc.spi.SharedMemoryHandles;
import io.github.multiproc.spi.SyncHandles;
import io.github.multiproc.spi.WorkerCall;
import io.github.multiproc.wire.Codecs;
import javax.annotation.processing.Generated;

/**
 * Factories for the worker processes of {@link Channels}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class ChannelsProcesses {
  private ChannelsProcesses() {
  }

  /**
   * An unstarted child process running {@link Channels#consume(ProcessQueue)}.
   */
  static ChildProcess<Void> consume(ProcessQueue<Channels.Order> orders) {
    return WorkerCall.to(Channels_Launcher.class, "consume(io.github.multiproc.ProcessQueue)", Codecs.VOID)
        .arguments(out -> Channels_Codecs.PROCESS_QUEUE_OF_CHANNELS_ORDER.encode(out, orders))
        .newProcess();
  }

  /**
   * An unstarted child process running {@link Channels#count(SharedInt)}.
   */
  static ChildProcess<Void> count(SharedInt counter) {
    return WorkerCall.to(Channels_Launcher.class, "count(io.github.multiproc.SharedInt)", Codecs.VOID)
        .arguments(out -> SharedMemoryHandles.SHARED_INT.encode(out, counter))
        .newProcess();
  }

  /**
   * An unstarted child process running {@link Channels#greet(ProcessLock, int)}.
   */
  static ChildProcess<Void> greet(ProcessLock lock, int i) {
    return WorkerCall.to(Channels_Launcher.class, "greet(io.github.multiproc.ProcessLock,int)", Codecs.VOID)
        .arguments(out -> {
          SyncHandles.LOCK.encode(out, lock);
          out.writeInt(i);
        })
        .newProcess();
  }

  /**
   * An unstarted child process running {@link Channels#share(ShareableList, SharedFloatArray, SharedMemoryManager)}.
   */
  static ChildProcess<Void> share(ShareableList items, SharedFloatArray samples,
      SharedMemoryManager manager) {
    return WorkerCall.to(Channels_Launcher.class, "share(io.github.multiproc.ShareableList,io.github.multiproc.SharedFloatArray,io.github.multiproc.SharedMemoryManager)", Codecs.VOID)
        .arguments(out -> {
          SharedMemoryHandles.SHAREABLE_LIST.encode(out, items);
          SharedMemoryHandles.SHARED_FLOAT_ARRAY.encode(out, samples);
          SharedMemoryHandles.SHARED_MEMORY_MANAGER.encode(out, manager);
        })
        .newProcess();
  }

  /**
   * An unstarted child process running {@link Channels#talk(Connection)}.
   */
  static ChildProcess<Void> talk(Connection<String> conn) {
    return WorkerCall.to(Channels_Launcher.class, "talk(io.github.multiproc.Connection)", Codecs.VOID)
        .arguments(out -> Channels_Codecs.CONNECTION_OF_STRING.encode(out, conn))
        .newProcess();
  }
}
