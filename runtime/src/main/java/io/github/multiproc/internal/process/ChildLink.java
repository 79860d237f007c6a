package io.github.multiproc.internal.process;

import static io.github.multiproc.internal.hub.Closeables.closeQuietly;

import io.github.multiproc.internal.hub.ProtocolException;
import java.io.Closeable;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The parent's end of one child's control link (a hub connection, or a FIFO for a spawned child;
 * the child's end is its {@link ParentLink}): whether the child said HELLO, the report it sent
 * (result bytes or an encoded failure), and when the thread reading it finished.
 */
final class ChildLink {
  /** What the child reported; {@code null} fields until it did. */
  record Report(boolean success, byte[] payload) {}

  private final CountDownLatch hello = new CountDownLatch(1);
  private final CountDownLatch served = new CountDownLatch(1);
  private volatile Closeable channel;
  private volatile Report report;

  /** The child said HELLO on {@code channel}, its hub connection. */
  void attach(Closeable channel) {
    own(channel);
    hello();
  }

  /** What {@link #closeAfterExit} closes to end the reading thread. */
  void own(Closeable channel) {
    this.channel = channel;
  }

  /** The child said HELLO. */
  void hello() {
    hello.countDown();
  }

  boolean awaitHello(long timeout, TimeUnit unit) throws InterruptedException {
    return hello.await(timeout, unit);
  }

  boolean saidHello() {
    return hello.getCount() == 0;
  }

  /**
   * Stores the child's report frame: {@code [RESULT][result bytes]} or
   * {@code [FAILURE][encoded throwable]}, whichever line it came on.
   *
   * @throws ProtocolException for any other frame
   */
  void report(byte[] frame) throws ProtocolException {
    if (frame.length == 0
        || (frame[0] != ChildControl.RESULT && frame[0] != ChildControl.FAILURE)) {
      throw new ProtocolException("expected a RESULT or FAILURE from the child");
    }
    this.report =
        new Report(frame[0] == ChildControl.RESULT, Arrays.copyOfRange(frame, 1, frame.length));
  }

  Report report() {
    return report;
  }

  void serviceEnded() {
    served.countDown();
  }

  /**
   * Closes the connection (the child has exited) and waits briefly for its reading thread, which
   * takes what the child still wrote, to end.
   */
  void closeAfterExit() {
    Closeable open = channel;
    if (open == null) {
      served.countDown();
      return;
    }
    closeQuietly(open);
    try {
      served.await(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
