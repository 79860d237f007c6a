package io.github.multiproc;

import java.io.IOException;
import java.time.Duration;

/**
 * One end of a {@link Pipe} or of a {@link Listener}/{@link Client} link: Python's
 * {@code multiprocessing.connection.Connection}.
 *
 * <p>{@link #send} and {@link #recv} carry any value {@code Codecs.OBJECT} can encode (whatever
 * {@code T} says, the value's run-time type is what travels); {@link #sendBytes} and
 * {@link #recvBytes} carry raw bytes, one message per call. Messages arrive whole and in order.
 *
 * <ul>
 *   <li>When the peer has closed its end or its process died, {@link #recv} returns the messages
 *       still in flight, then throws {@link java.io.EOFException} (Python's {@code EOFError}); it
 *       never hangs. {@link #poll} returns true at that point, as in Python.
 *   <li>A message over the frame limit ({@code -Dmultiproc.maxFrameBytes}, 64 MiB by default) is
 *       refused by {@link #send}/{@link #sendBytes} with {@link IllegalArgumentException} before
 *       anything is written; the connection stays usable. A frame over the limit that arrives from
 *       a forged peer closes the connection with a {@link java.io.IOException}.
 *   <li>After {@link #close()}, every operation throws {@link IOException}.
 *   <li>On a one-way pipe, the wrong direction throws {@link IllegalStateException}.
 * </ul>
 *
 * <p>A pipe end may be passed to another process as a worker argument, or sent as a message
 * through a queue or another pipe (Python's resource sharer): it arrives as a reference to the same
 * end, usable there at once. A Listener/Client connection stays in the process that opened it.
 *
 * <p>One thread may send while another receives; several threads sending (or receiving) at once
 * is safe but their messages interleave in an unspecified order. The same holds for a pipe end used
 * by several processes: each message reaches one reader, whole, and {@link #poll} takes nothing.
 *
 * @param <T> the type of the messages
 */
public interface Connection<T> extends AutoCloseable {
  /** Sends one message: Python's {@code send(obj)}. */
  void send(T message) throws IOException;

  /** Receives the next message, waiting for it: Python's {@code recv()}. */
  T recv() throws IOException;

  /** Whether a message (or the end of the stream) is ready now: Python's {@code poll()}. */
  boolean poll() throws IOException;

  /**
   * Waits up to {@code timeout} for a message or the end of the stream: Python's
   * {@code poll(timeout)}.
   */
  boolean poll(Duration timeout) throws IOException;

  /** Sends {@code bytes} as one message: Python's {@code send_bytes(buf)}. */
  void sendBytes(byte[] bytes) throws IOException;

  /** Sends {@code length} bytes from {@code offset}: Python's {@code send_bytes(buf, off, n)}. */
  void sendBytes(byte[] bytes, int offset, int length) throws IOException;

  /** Receives the next message as raw bytes: Python's {@code recv_bytes()}. */
  byte[] recvBytes() throws IOException;

  /**
   * Receives the next message into {@code buffer} from {@code offset} and returns its length:
   * Python's {@code recv_bytes_into(buf, offset)}.
   *
   * @throws BufferTooShortException if the message does not fit; it is not lost: the next receive
   *     returns it
   */
  int recvBytesInto(byte[] buffer, int offset) throws IOException;

  /**
   * Closes this end: Python's {@code close()}. The peer reads what was sent, then the end of the
   * stream. Closing a pipe end that was passed to another process only closes this process's copy.
   */
  @Override
  void close() throws IOException;

  /** Whether {@link #close()} was called: Python's {@code closed}. */
  boolean isClosed();
}
