package io.github.multiproc.internal.queue;

/**
 * The wire protocol of an {@code QUEUE} hub connection to one queue. The opening frame is
 * {@code [QUEUE][queue id: long]}; the server answers {@link #OK} or {@link #CLOSED}. Then each
 * request frame starts with an op byte and each reply with a status byte. A connection carries one
 * request at a time, except {@link #PUT_STREAM}, which has no reply (see {@link RemoteBackend}).
 *
 * <p>Delivery is acknowledged: the items replies hand out stay owed by that connection, in order,
 * until the client acknowledges them. A request whose op byte lacks {@link #ACKED} acknowledges
 * every item owed (the client sends a frame only after reading the previous reply, and a client
 * that does not prefetch has taken what it read). A request with {@link #ACKED} set carries
 * {@code [count: int]} right after the op byte and acknowledges only the oldest {@code count}
 * items owed: a prefetching client holds the others in its buffer, not yet taken. If the
 * connection ends any other way than with {@link #GOODBYE} (the consumer was killed, its socket
 * broke, it sent garbage), the server puts every item still owed back at the head of the queue, in
 * order; a {@code GOODBYE} with {@code ACKED} puts back those its count leaves owed (what a client
 * that prefetched did not take) and acknowledges the rest.
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

  /**
   * The client is done. Plain: no reply; it has read every reply, nothing goes back. With
   * {@link #ACKED}: the items its count leaves owed go back to the head of the queue, then the
   * server answers OK, so they are back when the client's close returns.
   */
  static final byte GOODBYE = 11;

  /**
   * {@code [nanos: long][max items: int]} → OK [count: size] ([length: size][item])* | TIMEOUT
   * (empty) | CLOSED: a prefetching consumer's take, one to {@code max items} items (see
   * {@code QueueState.pollBatch}). Sent with {@link #ACKED}.
   */
  static final byte TAKE_BATCH = 12;

  /** Flag on a request's op byte: {@code [count: int]} follows, acknowledging that many items. */
  static final byte ACKED = 0x40;

  // replies
  static final byte OK = 0;
  static final byte ITEM = 1;
  static final byte TIMEOUT = 2;
  static final byte CLOSED = 3;
  static final byte ERROR = 4;

  private QueueProtocol() {}
}
