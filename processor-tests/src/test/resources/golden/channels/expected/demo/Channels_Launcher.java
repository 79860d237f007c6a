package demo;

import io.github.multiproc.Connection;
import io.github.multiproc.ProcessLock;
import io.github.multiproc.ProcessQueue;
import io.github.multiproc.ShareableList;
import io.github.multiproc.SharedFloatArray;
import io.github.multiproc.SharedInt;
import io.github.multiproc.SharedMemoryManager;
import io.github.multiproc.spi.ChildMain;
import io.github.multiproc.spi.SharedMemoryHandles;
import io.github.multiproc.spi.SyncHandles;
import io.github.multiproc.spi.WorkerDispatcher;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import javax.annotation.processing.Generated;

/**
 * Runs the worker members of {@link Channels} in a child JVM.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class Channels_Launcher implements WorkerDispatcher {
  private Channels_Launcher() {
  }

  /**
   * The child JVM's entry point; the runtime passes the call on stdin.
   */
  public static void main(String[] args) {
    ChildMain.run(new Channels_Launcher(), args);
  }

  /**
   * Run by an idle standby JVM: verifies {@link Channels} without initializing it, so the child
   * the standby becomes does not do it on its first call.
   */
  public static void standbyWarmUp() {
    ChildMain.linkAhead(Channels.class);
  }

  @Override
  public void dispatch(String entryKey, WireInput arguments, WireOutput result) throws Throwable {
    switch (entryKey) {
      case "consume(io.github.multiproc.ProcessQueue)": {
        ProcessQueue<Channels.Order> orders = Channels_Codecs.PROCESS_QUEUE_OF_CHANNELS_ORDER.decode(arguments);
        arguments.requireFullyRead();
        Channels.consume(orders);
        return;
      }
      case "count(io.github.multiproc.SharedInt)": {
        SharedInt counter = SharedMemoryHandles.SHARED_INT.decode(arguments);
        arguments.requireFullyRead();
        Channels.count(counter);
        return;
      }
      case "greet(io.github.multiproc.ProcessLock,int)": {
        ProcessLock lock = SyncHandles.LOCK.decode(arguments);
        int i = arguments.readInt();
        arguments.requireFullyRead();
        Channels.greet(lock, i);
        return;
      }
      case "share(io.github.multiproc.ShareableList,io.github.multiproc.SharedFloatArray,io.github.multiproc.SharedMemoryManager)": {
        ShareableList items = SharedMemoryHandles.SHAREABLE_LIST.decode(arguments);
        SharedFloatArray samples = SharedMemoryHandles.SHARED_FLOAT_ARRAY.decode(arguments);
        SharedMemoryManager manager = SharedMemoryHandles.SHARED_MEMORY_MANAGER.decode(arguments);
        arguments.requireFullyRead();
        Channels.share(items, samples, manager);
        return;
      }
      case "talk(io.github.multiproc.Connection)": {
        Connection<String> conn = Channels_Codecs.CONNECTION_OF_STRING.decode(arguments);
        arguments.requireFullyRead();
        Channels.talk(conn);
        return;
      }
      default:
        throw WorkerDispatcher.unknownEntry(entryKey, Channels_Launcher.class);
    }
  }
}
