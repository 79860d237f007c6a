package io.github.multiproc.internal.queue;

import io.github.multiproc.internal.process.SocketArguments;
import io.github.multiproc.wire.CorruptDataException;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;

/**
 * What a queue handle carries across a process boundary: where its owner's hub listens, the
 * queue's id there, which public type it is, its capacity and the owner's pid (for messages and to
 * recognise a handle that came home). Never the items.
 *
 * @param hubPath the owner's hub socket
 * @param id the queue's id in the owner, never reused
 * @param kind {@link #QUEUE}, {@link #JOINABLE} or {@link #SIMPLE}
 * @param capacity {@link Integer#MAX_VALUE} when unbounded
 * @param ownerPid the owner's process id
 */
public record QueueRef(String hubPath, long id, byte kind, int capacity, long ownerPid) {
  public static final byte QUEUE = 0;
  public static final byte JOINABLE = 1;
  public static final byte SIMPLE = 2;

  void encode(WireOutput out) {
    SocketArguments.mark();
    out.writeString(hubPath);
    out.writeLong(id);
    out.writeByte(kind);
    out.writeInt(capacity);
    out.writeLong(ownerPid);
  }

  static QueueRef decode(WireInput in) {
    String hubPath = in.readString();
    long id = in.readLong();
    byte kind = in.readByte();
    int capacity = in.readInt();
    long ownerPid = in.readLong();
    if (kind < QUEUE || kind > SIMPLE || capacity <= 0 || id <= 0 || hubPath.isEmpty()) {
      throw new CorruptDataException("malformed queue handle");
    }
    return new QueueRef(hubPath, id, kind, capacity, ownerPid);
  }

  boolean unbounded() {
    return capacity == Integer.MAX_VALUE;
  }
}
