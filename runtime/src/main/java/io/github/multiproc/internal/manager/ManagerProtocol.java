package io.github.multiproc.internal.manager;

/**
 * The frames between a proxy and its manager server. After the {@link
 * io.github.multiproc.internal.hub.Handshake} the client sends
 * {@code [MANAGER kind, client session id]}, the server
 * answers with its pid; then every request is one frame (an op byte and its fields) answered by one
 * frame (a status byte, then the result or the failure).
 */
final class ManagerProtocol {
  /** Makes an object: type tag, name ("" for none), initial value (OBJECT) → object id. */
  static final byte CREATE = 1;

  /** Runs a method: object id, method key, encoded arguments → encoded result. */
  static final byte CALL = 2;

  /** Stops the server (Python's {@code manager.shutdown()}). */
  static final byte SHUTDOWN = 3;

  static final byte OK = 0;
  static final byte FAILED = 1;

  /**
   * A one-byte frame the server sends while a call runs, before its answer (see
   * {@link CallHeartbeat}); a client skips it.
   */
  static final byte HEARTBEAT = 2;

  private ManagerProtocol() {}
}
