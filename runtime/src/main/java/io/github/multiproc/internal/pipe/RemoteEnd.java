package io.github.multiproc.internal.pipe;

import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.internal.hub.ConnectionKind;
import io.github.multiproc.internal.hub.HubClient;
import io.github.multiproc.internal.process.ProcessContext;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A pipe end used in a process other than the one that created it. Decoding the end attaches this
 * process as a holder ({@link PipeProtocol#ATTACH}): its connection carries what it sends. It receives
 * and polls through a second connection ({@link PipeProtocol#READ}), answered by the creating JVM,
 * until that JVM makes it the end's only reader: then messages come straight down the first
 * connection ({@link #pushed}), until a second reader appears and the creator ends that stream.
 */
final class RemoteEnd implements FrameLink {
  private final PipeReference reference;
  private final long holderId;
  private final SocketLink link;

  /** One receive or poll at a time: each takes the next message from one place. */
  private final ReentrantLock readLock = new ReentrantLock();

  /** Whether this end's messages come down {@link #link}; guarded by the read lock. */
  private boolean pushed;

  /** The read connection, opened by the first receive or poll; guarded by the read lock. */
  private BlockingLink reads;

  private volatile boolean closed;

  private RemoteEnd(PipeReference reference, long holderId, SocketLink link) {
    this.reference = reference;
    this.holderId = holderId;
    this.link = link;
  }

  /** The ends open in this JVM: closed at exit, so what was pushed to them goes back. */
  private static final Set<RemoteEnd> OPEN = ConcurrentHashMap.newKeySet();

  /** How long closing waits for a reader of this end, and for the pushed stream's end. */
  private static final long GIVE_BACK_MILLIS = 2_000;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(RemoteEnd::closeAll, "multiproc-pipe-ends"));
  }

  private static void closeAll() {
    for (RemoteEnd end : OPEN) {
      try {
        end.close(0); // a thread still receiving at exit keeps what it was sent
      } catch (IOException e) {
        // exiting: nothing more to do
      }
    }
  }

  /** Attaches this process to the end {@code reference} names, in the process that created it. */
  static RemoteEnd attach(PipeReference reference) throws IOException {
    BlockingLink channel = connect(reference, PipeProtocol.ATTACH, reference.ticket());
    try {
      WireInput reply = accepted(channel);
      long holderId = reply.readLong();
      RemoteEnd end = new RemoteEnd(reference, holderId, SocketLink.halfClosable(channel.socket()));
      OPEN.add(end);
      return end;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
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

  @Override
  public void write(byte[] bytes, int offset, int length, boolean owned) throws IOException {
    link.write(bytes, offset, length, owned);
  }

  /**
   * Closes this end. Messages pushed here and not read go back to the creating JVM first, for the
   * end's other readers, as unread bytes stay in an OS pipe when one of its readers closes it.
   */
  @Override
  public void close() throws IOException {
    close(GIVE_BACK_MILLIS);
  }

  /** Closes, waiting up to {@code readerMillis} for a receive in progress to finish. */
  private void close(long readerMillis) throws IOException {
    if (closed) {
      return;
    }
    OPEN.remove(this);
    boolean locked = false;
    try {
      locked = readLock.tryLock(readerMillis, TimeUnit.MILLISECONDS);
      if (locked && pushed) {
        giveBack();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      closed = true;
      try {
        link.close();
        BlockingLink open = reads;
        if (open != null) {
          open.close();
        }
      } finally {
        if (locked) {
          readLock.unlock();
        }
      }
    }
  }

  /** Asks the creator to stop pushing, then returns what it had pushed, up to the stream's end. */
  private void giveBack() {
    try {
      if (reads == null) {
        reads = openReads();
      }
      reads.write(new byte[] {PipeProtocol.GIVE_BACK});
      reads.read(16);
      long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GIVE_BACK_MILLIS);
      byte[] frame;
      while ((frame = link.read(Math.max(0, deadline - System.nanoTime()))) != null) {
        byte[] returned = new byte[1 + frame.length];
        returned[0] = PipeProtocol.RETURNED;
        System.arraycopy(frame, 0, returned, 1, frame.length);
        reads.write(returned);
      }
    } catch (IOException | RuntimeException e) {
      // the stream ended (all returned), or the creator is gone and nobody can read them
    }
  }

  private Object next(long timeoutNanos, boolean remove) throws IOException {
    readLock.lock();
    try {
      while (true) {
        if (closed) {
          throw new IOException("the connection is closed");
        }
        if (pushed) {
          try {
            if (remove) {
              return link.read(timeoutNanos);
            }
            if (!link.poll(timeoutNanos)) {
              return null;
            }
            if (!link.isDrained()) {
              return Boolean.TRUE;
            }
          } catch (EOFException e) {
            // the creator ended the pushed stream: a second reader came, or the peer closed
          }
          pushed = false;
          continue;
        }
        Object answer = ask(remove, timeoutNanos);
        if (answer != PipeProtocol.class) {
          return answer;
        }
        pushed = true;
      }
    } finally {
      readLock.unlock();
    }
  }

  /** Asks the creator for the next message; {@code PipeProtocol.class} if it now pushes them here. */
  private Object ask(boolean remove, long timeoutNanos) throws IOException {
    if (reads == null) {
      reads = openReads();
    }
    WireOutput request = new WireOutput(9);
    request.writeByte(remove ? PipeProtocol.RECV : PipeProtocol.POLL);
    request.writeLong(timeoutNanos);
    byte[] reply;
    try {
      reads.write(request.toByteArray());
      reply = reads.read(BlockingLink.maxFrameBytes() + 1);
    } catch (IOException e) {
      if (closed) {
        throw new IOException("the connection is closed", e);
      }
      if (e instanceof ClosedByInterruptException) {
        // An interrupt closes a blocking socket (Multiproc.wait interrupts its polls): only this
        // read connection is gone, the next receive or poll opens another. The creator's answer
        // to this one, if any, answered a poll (wait interrupts nothing else), which takes nothing.
        reads = null;
        throw new InterruptedIOException("interrupted while waiting for a message");
      }
      throw new EOFException("the process that created this pipe exited");
    }
    switch (reply[0]) {
      case PipeProtocol.FRAME:
        return java.util.Arrays.copyOfRange(reply, 1, reply.length);
      case PipeProtocol.NONE:
        return null;
      case PipeProtocol.READY:
        return Boolean.TRUE;
      case PipeProtocol.END:
        throw new EOFException("the other end of the pipe was closed");
      case PipeProtocol.PUSHED:
        reads.close();
        reads = null;
        return PipeProtocol.class;
      case PipeProtocol.FAILED:
        throw new IOException(new WireInput(reply, 1, reply.length - 1).readString());
      default:
        throw new IOException("unknown pipe read reply " + reply[0]);
    }
  }

  private BlockingLink openReads() throws IOException {
    BlockingLink channel;
    try {
      channel = connect(reference, PipeProtocol.READ, holderId);
    } catch (IOException e) {
      throw new EOFException("the process that created this pipe exited");
    }
    try {
      accepted(channel);
      return channel;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static BlockingLink connect(PipeReference reference, byte mode, long ticketOrHolder)
      throws IOException {
    return HubClient.connect(
        Path.of(reference.hubPath()),
        ProcessContext.sessionKey(),
        ConnectionKind.PIPE,
        reference.opening(mode, ticketOrHolder));
  }

  /** The reply to an opening, past its status; throws if the creator refused. */
  private static WireInput accepted(BlockingLink channel) throws IOException {
    WireInput reply = new WireInput(channel.read(4096));
    if (reply.readByte() != PipeProtocol.OK) {
      throw new IllegalStateException("cannot use this pipe end here: " + reply.readString());
    }
    return reply;
  }
}
