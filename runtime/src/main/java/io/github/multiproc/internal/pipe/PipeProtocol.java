package io.github.multiproc.internal.pipe;

import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.wire.WireOutput;
import java.io.IOException;

/**
 * The bytes of the two hub connections a process opens to use a pipe end it was given (see the
 * package description): the holder's connection ({@link #ATTACH}) and its read connection
 * ({@link #READ}).
 */
final class PipeProtocol {
  /** Opening mode: become a holder of the end; the connection then carries the holder's sends. */
  static final byte ATTACH = 0;

  /** Opening mode: a holder's connection for receiving and polling through the creating JVM. */
  static final byte READ = 1;

  /** Reply status: accepted (a holder id follows the reply to {@link #ATTACH}). */
  static final byte OK = 0;

  static final byte REFUSED = 1;

  /** Read request: the next message, taken. */
  static final byte RECV = 0;

  /** Read request: whether a message (or the end of the stream) is there, not taken. */
  static final byte POLL = 1;

  /**
   * Read request of a holder that closes its end while messages were pushed to it: stop pushing
   * (the holder then reads the rest of the pushed stream and hands it back).
   */
  static final byte GIVE_BACK = 2;

  /** Read request: a message pushed to the holder and not read, returned; the message follows. */
  static final byte RETURNED = 3;

  /** Read reply: a message follows. */
  static final byte FRAME = 0;

  /** Read reply: nothing within the timeout (or, to a poll, no). */
  static final byte NONE = 1;

  /** Read reply: to a poll, yes. */
  static final byte READY = 2;

  /** Read reply: the end of the stream; every message was read. */
  static final byte END = 3;

  /** Read reply: from now on, this end's messages arrive on the holder's own connection. */
  static final byte PUSHED = 4;

  /** Read reply: this end was closed here; a message follows. */
  static final byte FAILED = 5;

  private PipeProtocol() {}

  static void refuse(BlockingLink channel, String why) throws IOException {
    WireOutput out = new WireOutput();
    out.writeByte(REFUSED);
    out.writeString(why);
    channel.write(out.toByteArray());
  }
}
