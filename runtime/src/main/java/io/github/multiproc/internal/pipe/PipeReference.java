package io.github.multiproc.internal.pipe;

import io.github.multiproc.internal.process.SocketArguments;
import io.github.multiproc.spi.WireInput;
import io.github.multiproc.spi.WireOutput;

/**
 * What a pipe end carries across a process boundary: the creating process's hub socket, the pipe's
 * id there, which end, and what the end may do. Never the bytes in flight.
 */
record PipeReference(String hubPath, long pipeId, int index, boolean readable, boolean writable) {
  void encode(WireOutput out) {
    SocketArguments.mark();
    out.writeString(hubPath);
    out.writeLong(pipeId);
    out.writeByte(index);
    out.writeBoolean(readable);
    out.writeBoolean(writable);
  }

  static PipeReference decode(WireInput in) {
    String hubPath = in.readString();
    long pipeId = in.readLong();
    int index = in.readUnsignedByte();
    if (index > 1) {
      throw new io.github.multiproc.spi.CorruptDataException("pipe end index " + index + " is not 0 or 1");
    }
    return new PipeReference(hubPath, pipeId, index, in.readBoolean(), in.readBoolean());
  }

  /** The opening frame of the hub connection that claims this end. */
  byte[] opening() {
    WireOutput out = new WireOutput(9);
    out.writeLong(pipeId);
    out.writeByte(index);
    return out.toByteArray();
  }
}
