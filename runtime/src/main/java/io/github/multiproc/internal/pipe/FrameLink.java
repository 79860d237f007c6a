package io.github.multiproc.internal.pipe;

import java.io.IOException;

/**
 * A two-way stream of frames between two connection ends: a socket, or an in-process mailbox when
 * both ends of a pipe live in one JVM. Timeouts are in nanoseconds; a negative timeout waits
 * forever.
 */
interface FrameLink extends java.io.Closeable {
  /**
   * The next frame, or {@code null} if none arrived in time.
   *
   * @throws java.io.EOFException if the peer closed or died and every frame it sent was read
   */
  byte[] read(long timeoutNanos) throws IOException;

  /** Whether a frame (or the end of the stream) can be read now or arrives within the timeout. */
  boolean poll(long timeoutNanos) throws IOException;

  /** Sends {@code length} bytes of {@code bytes} as one frame; may keep {@code bytes} if owned. */
  void write(byte[] bytes, int offset, int length, boolean owned) throws IOException;

  /** Closes this end; the peer reads the frames already sent, then the end of the stream. */
  void close() throws IOException;
}
