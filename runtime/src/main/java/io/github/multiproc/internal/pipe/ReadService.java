package io.github.multiproc.internal.pipe;

import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.internal.hub.ProtocolException;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Serves, in the creating JVM, one holder's read connection: each request ({@link PipeProtocol#RECV}
 * or {@link PipeProtocol#POLL} with a timeout in nanoseconds) is answered from the end as this JVM's
 * own readers see it, so a poll takes nothing and each receive takes one whole message. A receive
 * may instead make the holder the end's only reader ({@link PipeCore#pushTo}); a holder that
 * closes such an end hands back what it was pushed and did not read ({@link PipeProtocol#GIVE_BACK}).
 */
final class ReadService {
  private final PipeCore core;
  private final LocalEnd end;
  private final Holder holder;
  private final BlockingLink channel;

  ReadService(PipeCore core, LocalEnd end, Holder holder, BlockingLink channel) {
    this.core = core;
    this.end = end;
    this.holder = holder;
    this.channel = channel;
  }

  /** Answers requests until the holder closes the connection or the end is pushed to it. */
  void run() throws IOException {
    List<byte[]> returned = new ArrayList<>();
    try {
      while (serve(returned)) {
        // next request
      }
    } finally {
      core.inbox(holder.index()).putBack(returned);
    }
  }

  /** Serves one request; false when the connection is done. */
  private boolean serve(List<byte[]> returned) throws IOException {
    WireInput request;
    try {
      request = new WireInput(channel.read(BlockingLink.maxFrameBytes() + 1));
    } catch (EOFException e) {
      return false;
    }
    byte op = request.readByte();
    if (op == PipeProtocol.GIVE_BACK) {
      core.stopPushing(holder);
      channel.write(new byte[] {PipeProtocol.OK});
      return true;
    }
    if (op == PipeProtocol.RETURNED) {
      returned.add(request.readBytes(request.remaining()));
      return true;
    }
    if (op != PipeProtocol.RECV && op != PipeProtocol.POLL) {
      throw new ProtocolException("unknown pipe read request " + op);
    }
    long timeoutNanos = request.readLong();
    request.requireFullyRead();
    boolean take = op == PipeProtocol.RECV;
    if (take && core.pushTo(holder.index(), holder, channel)) {
      return false;
    }
    if (!take) {
      try {
        answer(false, timeoutNanos);
      } catch (IOException e) {
        // The holder stopped waiting and closed this connection (Multiproc.wait interrupts its
        // polls); the poll took nothing, and the holder opens another connection to read on.
        return false;
      }
      return true;
    }
    answer(true, timeoutNanos);
    return true;
  }

  private void answer(boolean take, long timeoutNanos) throws IOException {
    Object got;
    try {
      got = end.take(timeoutNanos, take);
    } catch (EOFException e) {
      channel.write(new byte[] {PipeProtocol.END});
      return;
    } catch (IOException e) {
      WireOutput out = new WireOutput();
      out.writeByte(PipeProtocol.FAILED);
      out.writeString(e.getMessage());
      channel.write(out.toByteArray());
      return;
    }
    if (got == null) {
      channel.write(new byte[] {PipeProtocol.NONE});
    } else if (!take) {
      channel.write(new byte[] {PipeProtocol.READY});
    } else {
      byte[] frame = (byte[]) got;
      byte[] reply = new byte[1 + frame.length];
      reply[0] = PipeProtocol.FRAME;
      System.arraycopy(frame, 0, reply, 1, frame.length);
      try {
        channel.write(reply);
      } catch (IOException e) {
        // The reader died before it got the message: the next reader gets it.
        core.inbox(holder.index()).putBack(List.of(frame));
        throw e;
      }
    }
  }
}
