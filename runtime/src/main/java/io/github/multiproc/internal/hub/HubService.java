package io.github.multiproc.internal.hub;

import io.github.multiproc.wire.WireInput;
import java.io.IOException;

/**
 * What one kind of hub connection is for (child control now; queues, locks and pools later). The
 * hub authenticates the connection, reads its first frame, and hands the rest of that frame and the
 * connection to the service registered for the kind byte the frame starts with.
 */
public interface HubService {
  /**
   * Serves one authenticated connection on the hub's thread for it; the hub closes the connection
   * when this returns or throws.
   *
   * @param channel the connection
   * @param opening the first frame after its kind byte
   */
  void serve(BlockingLink channel, WireInput opening) throws IOException;
}
