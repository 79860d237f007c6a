package io.github.multiproc.internal.manager;

import io.github.multiproc.internal.process.ChildRuntime;
import io.github.multiproc.internal.process.ProcessContext;
import io.github.multiproc.spi.WorkerDispatcher;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The main class of a manager server JVM started by {@code Manager.start()} (Python's
 * {@code SyncManager.start()} child): runs the initializer the parent named, if any, then serves on
 * the Unix-domain socket the parent chose, with the tree's session key, until asked to shut down.
 */
public final class ManagerServerLauncher implements WorkerDispatcher {
  /** The one entry key. */
  public static final String ENTRY = "serve";

  private ManagerServerLauncher() {}

  public static void main(String[] args) {
    ChildRuntime.run(new ManagerServerLauncher());
  }

  @Override
  public void dispatch(String entryKey, WireInput arguments, WireOutput result) throws Throwable {
    if (!ENTRY.equals(entryKey)) {
      throw WorkerDispatcher.unknownEntry(entryKey, ManagerServerLauncher.class);
    }
    Path socket = Path.of(arguments.readString());
    String initializer = arguments.readString();
    @SuppressWarnings("unchecked")
    List<Object> initArgs = (List<Object>) Codecs.OBJECT.decode(arguments);
    arguments.requireFullyRead();
    if (!initializer.isEmpty()) {
      // Before the socket exists, so no client reaches a server that is not initialized yet.
      ManagerInitializers.run(initializer, initArgs);
    }
    try (ManagerServer server =
        ManagerServer.start(UnixDomainSocketAddress.of(socket), ProcessContext.sessionKey())) {
      server.awaitShutdown();
    } finally {
      Files.deleteIfExists(socket);
    }
  }
}
