package io.github.multiproc.internal.hub;

import java.io.IOException;

/** A peer broke the wire protocol: bad length, bad message type, failed authentication. */
public final class ProtocolException extends IOException {
  private static final long serialVersionUID = 1L;

  public ProtocolException(String message) {
    super(message);
  }
}
