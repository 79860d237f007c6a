package io.github.multiproc.internal.process;

import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.internal.hub.ConnectionKind;
import io.github.multiproc.internal.hub.ExpectedConnections;
import io.github.multiproc.internal.hub.Hub;
import io.github.multiproc.internal.hub.HubService;
import io.github.multiproc.internal.hub.ProtocolException;
import io.github.multiproc.wire.WireInput;
import java.io.EOFException;
import java.io.IOException;

/**
 * The hub service for {@link ConnectionKind#CHILD_CONTROL} connections. Protocol, after the
 * handshake: child → parent {@code [CHILD_CONTROL][token]} (HELLO); child → parent
 * {@code [RESULT][bytes]} or {@code [FAILURE][encoded throwable]}; parent → child {@code [ACK]},
 * sent only once the report is stored, so the report is always in place before the child's exit can
 * be observed; then the child exits and the connection ends.
 */
final class ChildControl implements HubService {
  static final byte RESULT = 1;
  static final byte FAILURE = 2;
  static final byte ACK = 3;

  private static final ChildControl INSTANCE = new ChildControl();
  private final ExpectedConnections<ChildLink> expected =
      new ExpectedConnections<>("a child said HELLO");

  private ChildControl() {}

  /** The hub of this JVM, with this service registered. */
  static Hub hub() {
    Hub hub = Hub.get(ProcessContext.sessionKey());
    hub.register(ConnectionKind.CHILD_CONTROL, INSTANCE);
    return hub;
  }

  static void expect(String token, ChildLink link) {
    INSTANCE.expected.expect(token, link);
  }

  /**
   * Sets up the line a child about to be spawned reports on: a control FIFO where this system has
   * them ({@link ControlFifo}), else this hub, where {@code link} then waits for the child's HELLO
   * under {@code token}. Either way {@link ChildLink#closeAfterExit} ends it.
   *
   * @return what the child's bootstrap names: the FIFO's path, or empty for the hub
   */
  static String openLine(String token, ChildLink link) {
    ControlFifo fifo = ControlFifo.open(token, link);
    if (fifo != null) {
      return fifo.path();
    }
    expect(token, link);
    return "";
  }

  static void forget(String token) {
    INSTANCE.expected.forget(token);
  }

  @Override
  public void serve(BlockingLink channel, WireInput opening) throws IOException {
    ChildLink link = expected.claim(opening);
    try {
      link.attach(channel);
      byte[] frame;
      try {
        frame = channel.read(BlockingLink.maxFrameBytes());
      } catch (EOFException e) {
        return; // the child ended without a report: its exit code tells why
      }
      link.report(frame);
      channel.write(new byte[] {ACK});
      try {
        channel.read(1);
        throw new ProtocolException("the child sent more after its report");
      } catch (EOFException e) {
        // the normal end: the child exited after our ACK
      }
    } finally {
      link.serviceEnded();
    }
  }
}
