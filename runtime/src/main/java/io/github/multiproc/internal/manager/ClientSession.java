package io.github.multiproc.internal.manager;

import io.github.multiproc.internal.hub.Handshake;

/**
 * This process as a manager client: the id its connections announce and its lock owners start
 * with, so a server knows which locks to release once all of a client's connections are gone. A
 * random part keeps it unique across machines and reused pids.
 */
final class ClientSession {
  static final String ID = ProcessHandle.current().pid() + "-" + Handshake.newToken();

  private ClientSession() {}

  /** The owner name of the calling thread, for a lock. */
  static String currentThread() {
    return ID + "/" + Thread.currentThread().getId();
  }

  /** Whether {@code owner} is a thread of the client {@code session}. */
  static boolean owns(String session, String owner) {
    return owner != null && owner.startsWith(session + "/");
  }
}
