package io.github.multiproc.internal.pipe;

import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;

/**
 * A pipe end used in the JVM that created the pipe. It reads its {@link MemoryInbox} until the
 * peer is claimed by another process; from then on it reads and writes that process's socket
 * directly ({@link #direct}).
 */
final class LocalEnd implements FrameLink {
  private final PipeCore core;
  private final int index;
  /** Set once, under the core's monitor, when the peer is in another process. */
  volatile SocketLink direct;
  private volatile boolean claimed;

  LocalEnd(PipeCore core, int index) {
    this.core = core;
    this.index = index;
  }

  @Override
  public byte[] read(long timeoutNanos) throws IOException {
    return (byte[]) next(timeoutNanos, true);
  }

  @Override
  public boolean poll(long timeoutNanos) throws IOException {
    try {
      return next(timeoutNanos, false) != null;
    } catch (EOFException e) {
      return true;
    }
  }

  private Object next(long timeoutNanos, boolean remove) throws IOException {
    claim();
    long start = System.nanoTime();
    SocketLink link = direct;
    if (link == null) {
      Object got = core.inbox(index).take(timeoutNanos, remove);
      if (got instanceof byte[]) {
        return got;
      }
      switch ((MemoryInbox.Signal) got) {
        case TIMEOUT:
          return null;
        case PEER_CLOSED:
          throw new EOFException("the other end of the pipe was closed");
        case CLOSED:
          throw new IOException("the connection is closed");
        default: // REDIRECTED
          link = direct;
          timeoutNanos =
              timeoutNanos < 0 ? -1 : Math.max(0, timeoutNanos - (System.nanoTime() - start));
      }
    }
    if (remove) {
      return link.read(timeoutNanos);
    }
    return link.poll(timeoutNanos) ? Boolean.TRUE : null;
  }

  @Override
  public void write(byte[] bytes, int offset, int length, boolean owned) throws IOException {
    claim();
    SocketLink link = direct;
    if (link == null) {
      byte[] frame = owned && offset == 0 && length == bytes.length
          ? bytes : Arrays.copyOfRange(bytes, offset, offset + length);
      if (core.writeLocal(index, frame)) {
        return;
      }
      link = direct;
    }
    link.write(bytes, offset, length, owned);
  }

  @Override
  public void close() throws IOException {
    core.closeLocal(index);
  }

  /** Encoding this end for another process. */
  void markShipped() {
    core.markShipped(index);
  }

  private void claim() throws IOException {
    if (!claimed) {
      core.claimLocal(index);
      claimed = true;
    }
  }
}
