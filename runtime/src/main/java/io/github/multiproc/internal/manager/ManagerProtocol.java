package io.github.multiproc.internal.manager;

/**
 * The frames between a proxy and its manager server. After the {@link
 * io.github.multiproc.internal.hub.Handshake} the client sends {@code [MANAGER kind]}, the server
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

  private ManagerProtocol() {}
}
