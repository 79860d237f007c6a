package io.github.multiproc.internal.queue;

/**
 * The wire protocol of an {@code OBJECTS} hub connection to one queue. The opening frame is
 * {@code [OBJECTS][queue id: long]}; the server answers {@link #OK} or {@link #CLOSED}. Then each
 * request frame starts with an op byte and each reply with a status byte. A connection carries one
 * request at a time, except {@link #PUT_STREAM}, which has no reply (see {@link RemoteBackend}).
 *
 * <p>Delivery is acknowledged: the items a reply hands out stay owed by that connection until its
 * next frame arrives, which the client only sends after reading the reply. If the connection ends
 * any other way than with {@link #GOODBYE} (the consumer was killed, its socket broke, it sent
 * garbage), the server puts those items back at the head of the queue.
 */
final class QueueProtocol {
  // requests
  /** {@code [nanos: long][item]} → OK | TIMEOUT (full) | CLOSED. */
  static final byte PUT = 1;
  /** {@code [item]}, unbounded queues only, no reply; a failure surfaces on the next reply. */
  static final byte PUT_STREAM = 2;
  /** {@code [nanos: long]} → ITEM [item] | TIMEOUT (empty) | CLOSED. */
  static final byte TAKE = 3;
  /** → ITEM [item] | TIMEOUT (empty) | CLOSED. */
  static final byte PEEK = 4;
  /** → OK [size: int] | CLOSED. */
  static final byte SIZE = 5;
  /** → OK | CLOSED. */
  static final byte CLEAR = 6;
  /** {@code [max: int]} → OK [count: size] ([length: size][item])* | CLOSED. */
  static final byte DRAIN = 7;
  /** → OK [count] ([length][item])* | CLOSED; removes nothing. */
  static final byte SNAPSHOT = 8;
  /** → OK | ERROR [message] | CLOSED. */
  static final byte TASK_DONE = 9;
  /** {@code [nanos: long]} → OK | TIMEOUT | CLOSED. */
  static final byte JOIN = 10;
  /** No reply; the client is done and has read every reply: nothing goes back. */
  static final byte GOODBYE = 11;

  // replies
  static final byte OK = 0;
  static final byte ITEM = 1;
  static final byte TIMEOUT = 2;
  static final byte CLOSED = 3;
  static final byte ERROR = 4;

  private QueueProtocol() {}
}
