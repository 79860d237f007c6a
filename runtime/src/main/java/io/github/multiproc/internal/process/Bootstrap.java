package io.github.multiproc.internal.process;

import io.github.multiproc.wire.CorruptDataException;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * Everything a child needs from its parent, sent as one frame on the child's stdin and never on the
 * command line (where {@code ps} would show the session key): a 4-byte length, then the magic, the
 * format version and the fields below.
 *
 * @param sessionKey the key the whole process tree shares (32 bytes)
 * @param hubPath the parent hub's socket
 * @param controlFifo the FIFO the child reports on, or empty: then it reports over the hub
 * @param token names this child to the parent (on the hub, or on its control FIFO)
 * @param name the child's process name
 * @param identity Python's {@code _identity} as text, e.g. {@code "1"} or {@code "1:2"}
 * @param daemon whether the child is a daemon
 * @param parentPid the parent's pid
 * @param parentName the parent's process name
 * @param maxFrameBytes the parent's frame limit, so the child refuses a too-big result itself
 * @param entryKey which entry of the launcher to run
 * @param arguments the encoded arguments
 * @param argumentsUseSockets whether the arguments make the child use a Unix-domain socket
 *     ({@link SocketArguments}), so it sets up the socket classes in the background at once
 */
public record Bootstrap(
    byte[] sessionKey,
    String hubPath,
    String controlFifo,
    String token,
    String name,
    String identity,
    boolean daemon,
    long parentPid,
    String parentName,
    int maxFrameBytes,
    String entryKey,
    byte[] arguments,
    boolean argumentsUseSockets) {
  private static final int MAGIC = 0x4D505243; // "MPRC"
  private static final int VERSION = 3;

  /** The frame to write on the child's stdin, length prefix included. */
  public byte[] toFrame() {
    WireOutput out = new WireOutput(128 + arguments.length);
    out.writeInt(0); // length, patched below
    out.writeInt(MAGIC);
    out.writeByte(VERSION);
    out.writeSize(sessionKey.length);
    out.writeBytes(sessionKey);
    out.writeString(hubPath);
    out.writeString(controlFifo);
    out.writeString(token);
    out.writeString(name);
    out.writeString(identity);
    out.writeBoolean(daemon);
    out.writeLong(parentPid);
    out.writeString(parentName);
    out.writeInt(maxFrameBytes);
    out.writeString(entryKey);
    out.writeSize(arguments.length);
    out.writeBytes(arguments);
    out.writeBoolean(argumentsUseSockets);
    byte[] frame = out.toByteArray();
    int length = frame.length - 4;
    frame[0] = (byte) (length >>> 24);
    frame[1] = (byte) (length >>> 16);
    frame[2] = (byte) (length >>> 8);
    frame[3] = (byte) length;
    return frame;
  }

  /**
   * Reads exactly one bootstrap frame from {@code in}, which must not buffer: the bytes after the
   * frame belong to the death pipe.
   */
  public static Bootstrap read(DataInputStream in) throws IOException {
    int length;
    try {
      length = in.readInt();
    } catch (EOFException e) {
      throw new EOFException("stdin ended before the bootstrap arrived");
    }
    if (length < 9
        || length - 1024 > io.github.multiproc.internal.hub.BlockingLink.maxFrameBytes()) {
      throw new IOException(
          "stdin does not start with a multiproc bootstrap (length " + length + ")");
    }
    // Read as the bytes arrive, never allocating the announced length up front: a stdin that
    // announces megabytes and ends must not cost the child those megabytes.
    byte[] payload = in.readNBytes(length);
    if (payload.length < length) {
      throw new EOFException(
          "stdin ended inside the bootstrap, after "
              + payload.length
              + " of "
              + length
              + " bytes: the parent died or wrote something else");
    }
    WireInput wire = new WireInput(payload);
    if (wire.readInt() != MAGIC) {
      throw new IOException("stdin does not start with a multiproc bootstrap (bad magic)");
    }
    int version = wire.readUnsignedByte();
    if (version != VERSION) {
      throw new IOException(
          "bootstrap format "
              + version
              + " from the parent, but this child reads "
              + VERSION
              + ": parent and child run different multiproc versions");
    }
    try {
      byte[] key = wire.readBytes(wire.readCount(1));
      Bootstrap bootstrap =
          new Bootstrap(
              key,
              wire.readString(),
              wire.readString(),
              wire.readString(),
              wire.readString(),
              wire.readString(),
              wire.readBoolean(),
              wire.readLong(),
              wire.readString(),
              wire.readInt(),
              wire.readString(),
              wire.readBytes(wire.readCount(1)),
              wire.readBoolean());
      wire.requireFullyRead();
      return bootstrap;
    } catch (CorruptDataException e) {
      throw new IOException("malformed bootstrap: " + e.getMessage(), e);
    }
  }
}
