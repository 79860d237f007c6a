package io.github.multiproc.internal.pool;

import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.internal.hub.ConnectionKind;
import io.github.multiproc.internal.hub.ExpectedConnections;
import io.github.multiproc.internal.hub.Hub;
import io.github.multiproc.internal.hub.HubService;
import io.github.multiproc.internal.process.ProcessContext;
import io.github.multiproc.wire.WireInput;
import java.io.IOException;

/**
 * The hub service for {@link ConnectionKind#POOL} connections: hands each worker JVM's connection,
 * named by the one-time token its pool gave it, to that worker's {@link RemoteWorker}, which reads
 * its results on the hub's thread for the connection.
 */
final class PoolService implements HubService {
  private static final PoolService INSTANCE = new PoolService();
  private final ExpectedConnections<RemoteWorker> expected =
      new ExpectedConnections<>("a pool worker connected");

  private PoolService() {}

  /** The hub of this JVM, with this service registered. */
  static Hub hub() {
    Hub hub = Hub.get(ProcessContext.sessionKey());
    hub.register(ConnectionKind.POOL, INSTANCE);
    return hub;
  }

  static void expect(String token, RemoteWorker worker) {
    INSTANCE.expected.expect(token, worker);
  }

  static void forget(String token) {
    INSTANCE.expected.forget(token);
  }

  @Override
  public void serve(BlockingLink channel, WireInput opening) throws IOException {
    expected.claim(opening).serve(channel);
  }
}
