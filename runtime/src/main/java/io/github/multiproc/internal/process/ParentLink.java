package io.github.multiproc.internal.process;

import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.internal.hub.ConnectionKind;
import io.github.multiproc.internal.hub.HubClient;
import io.github.multiproc.wire.WireOutput;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A child's link to its parent, its control link, as the child holds it: opening it says HELLO,
 * then it carries the child's one report.
 * A spawned child writes on the FIFO its bootstrap names ({@link ControlFifo} reads it); a standby
 * JVM, or a child whose parent has no FIFOs, uses a hub connection, where the parent ACKs the
 * report ({@link ChildControl}).
 */
final class ParentLink {
  /** The hub connection, or {@code null} on a FIFO. */
  private final BlockingLink hub;

  /** The FIFO, or {@code null} over the hub. */
  private final FileOutputStream fifo;

  private ParentLink(BlockingLink hub, FileOutputStream fifo) {
    this.hub = hub;
    this.fifo = fifo;
  }

  /** Over {@code connectedAhead}, a hub connection that has said HELLO already. */
  static ParentLink over(BlockingLink connectedAhead) {
    return new ParentLink(connectedAhead, null);
  }

  /** Opens the line {@code bootstrap} names and says HELLO on it. */
  static ParentLink open(Bootstrap bootstrap) throws IOException {
    byte[] hello = hello(bootstrap.token());
    if (bootstrap.controlFifo().isEmpty()) {
      return new ParentLink(
          HubClient.connect(
              Path.of(bootstrap.hubPath()),
              bootstrap.sessionKey(),
              ConnectionKind.CHILD_CONTROL,
              hello),
          null);
    }
    // java.io only: these classes are in the JDK's default class-data archive, so this is cheap.
    FileOutputStream fifo = new FileOutputStream(bootstrap.controlFifo());
    writeFrame(fifo, hello, hello.length);
    return new ParentLink(null, fifo);
  }

  /** The HELLO a child says on either line (after the hub's connection kind): its token. */
  static byte[] hello(String token) {
    WireOutput hello = new WireOutput(48);
    hello.writeString(token);
    return hello.toByteArray();
  }

  /**
   * Sends the report; over the hub, also waits for the ACK that says the parent has stored it (on
   * a FIFO the parent reads everything before it sees the exit).
   */
  void report(byte[] frame, int length) throws IOException {
    if (hub != null) {
      hub.write(frame, length);
      hub.read(1);
    } else {
      writeFrame(fifo, frame, length);
      fifo.close();
    }
  }

  /** One write of the length and the payload: a small frame reaches the FIFO whole. */
  private static void writeFrame(FileOutputStream out, byte[] payload, int length)
      throws IOException {
    WireOutput frame = new WireOutput(4 + length);
    frame.writeInt(length);
    frame.writeBytes(payload, 0, length);
    out.write(frame.array(), 0, frame.size());
  }
}
