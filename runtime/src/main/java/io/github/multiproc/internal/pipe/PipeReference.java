package io.github.multiproc.internal.pipe;

import io.github.multiproc.internal.process.SocketArguments;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;

/**
 * What a pipe end carries across a process boundary: the creating process's hub socket, the pipe's
 * id there, which end, what the end may do, and the ticket of the creator's hand-over (so the
 * creator knows when every process it handed the end to has attached). Never the bytes in flight.
 */
record PipeReference(
    String hubPath, long pipeId, int index, boolean readable, boolean writable, long ticket) {
  void encode(WireOutput out) {
    SocketArguments.mark();
    out.writeString(hubPath);
    out.writeLong(pipeId);
    out.writeByte(index);
    out.writeBoolean(readable);
    out.writeBoolean(writable);
    out.writeLong(ticket);
  }

  static PipeReference decode(WireInput in) {
    String hubPath = in.readString();
    long pipeId = in.readLong();
    int index = in.readUnsignedByte();
    if (index > 1) {
      throw new io.github.multiproc.wire.CorruptDataException(
          "pipe end index " + index + " is not 0 or 1");
    }
    boolean readable = in.readBoolean();
    boolean writable = in.readBoolean();
    return new PipeReference(hubPath, pipeId, index, readable, writable, in.readLong());
  }

  /** The opening frame of a hub connection for this end: {@code mode}, then the ticket or id. */
  byte[] opening(byte mode, long ticketOrHolder) {
    WireOutput out = new WireOutput(18);
    out.writeLong(pipeId);
    out.writeByte(index);
    out.writeByte(mode);
    out.writeLong(ticketOrHolder);
    return out.toByteArray();
  }
}
