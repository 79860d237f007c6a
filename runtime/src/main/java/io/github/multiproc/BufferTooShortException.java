package io.github.multiproc;

import java.io.IOException;

/**
 * A received message is longer than the room left in the caller's buffer: Python's
 * {@code multiprocessing.BufferTooShort}. The message stays unread; the next receive returns it.
 */
public final class BufferTooShortException extends IOException {
  private static final long serialVersionUID = 1L;

  private final int messageLength;

  /** A message of {@code messageLength} bytes did not fit in {@code room} bytes. */
  public BufferTooShortException(int messageLength, int room) {
    super(
        "the message has "
            + messageLength
            + " bytes but the buffer has room for "
            + room
            + "; it stays unread");
    this.messageLength = messageLength;
  }

  /** The length of the message that did not fit. */
  public int messageLength() {
    return messageLength;
  }
}
