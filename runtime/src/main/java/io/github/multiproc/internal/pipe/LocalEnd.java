package io.github.multiproc.internal.pipe;

import java.io.EOFException;
import java.io.IOException;

/**
 * A pipe end as the creating JVM serves it: to its own threads (as a {@link FrameLink}) and, through
 * {@link ReadService}, to the processes that read it here. A reader takes the end's inbox first
 * (older frames), then, while the peer end has one sender in another process, that sender's socket
 * directly ({@link #source}); else it waits on the inbox.
 */
final class LocalEnd implements FrameLink {
  private final PipeCore core;
  private final int index;

  /** The socket of the peer end's only sender, set and cleared by the core. */
  volatile SocketLink source;

  private volatile boolean readHere;
  private volatile boolean sentHere;

  LocalEnd(PipeCore core, int index) {
    this.core = core;
    this.index = index;
  }

  @Override
  public byte[] read(long timeoutNanos) throws IOException {
    markRead();
    return (byte[]) take(timeoutNanos, true);
  }

  @Override
  public boolean poll(long timeoutNanos) throws IOException {
    markRead();
    try {
      return take(timeoutNanos, false) != null;
    } catch (EOFException e) {
      return true;
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length, boolean owned) throws IOException {
    if (!sentHere) {
      core.sentHere(index);
      sentHere = true;
    }
    core.deliver(1 - index, bytes, offset, length, owned);
  }

  @Override
  public void close() throws IOException {
    core.closeHere(index);
  }

  /**
   * The next frame for a reader of this end, taken ({@code remove}) or only seen
   * ({@link Boolean#TRUE}); null if none came within the timeout (negative: wait forever).
   *
   * @throws EOFException if the peer end is closed and every frame was read
   */
  Object take(long timeoutNanos, boolean remove) throws IOException {
    long start = System.nanoTime();
    MemoryInbox inbox = core.inbox(index);
    while (true) {
      long left = timeoutNanos < 0 ? -1 : Math.max(0, timeoutNanos - (System.nanoTime() - start));
      SocketLink link = source;
      Object got = inbox.take(link == null ? left : 0, remove);
      if (got instanceof byte[]) {
        return remove ? got : Boolean.TRUE;
      }
      if (got == MemoryInbox.Signal.CLOSED) {
        throw new IOException("the connection is closed");
      }
      if (link == null) {
        if (got == MemoryInbox.Signal.PEER_CLOSED) {
          throw new EOFException("the other end of the pipe was closed");
        }
        if (got == MemoryInbox.Signal.TIMEOUT) {
          return null;
        }
        continue; // WOKEN: a sender's socket became the source
      }
      try {
        if (remove) {
          byte[] frame = link.read(left);
          if (frame != null) {
            return frame;
          }
        } else if (link.poll(left)) {
          if (!link.isDrained()) {
            return Boolean.TRUE;
          }
          core.sourceEnded(index, link);
          continue;
        }
      } catch (java.io.InterruptedIOException e) {
        throw e;
      } catch (IOException e) {
        // The sender closed its end or died; the core learns it and the inbox says what follows.
        core.sourceEnded(index, link);
        continue;
      }
      if (source == link && timeoutNanos >= 0 && System.nanoTime() - start >= timeoutNanos) {
        return null;
      }
    }
  }

  private void markRead() {
    if (!readHere) {
      core.readHere(index);
      readHere = true;
    }
  }
}
