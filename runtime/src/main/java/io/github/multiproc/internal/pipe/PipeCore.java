package io.github.multiproc.internal.pipe;

import io.github.multiproc.internal.hub.FramedChannel;
import io.github.multiproc.spi.WireOutput;
import java.io.EOFException;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;

/**
 * The creating process's record of one pipe: who holds each end and where frames for it go. Each
 * end is claimed by exactly one process, the first that uses it: this JVM ({@code LOCAL}) or a
 * process that received the end as a worker argument and connected to this JVM's hub
 * ({@code REMOTE}). Where the bytes flow follows from the pair:
 *
 * <ul>
 *   <li>both local: frames go straight into the peer's {@link MemoryInbox};
 *   <li>one local, one remote (the common case): the local end takes over the remote's hub socket,
 *       so the two processes talk over one direct socket, with no relay and no extra thread;
 *   <li>both remote (each end in a different child): the two hub threads relay frames;
 *   <li>peer not claimed yet: a local end's frames wait in the peer's inbox and are sent first
 *       when the peer is claimed; a remote end's frames wait in its socket's kernel buffer.
 * </ul>
 */
final class PipeCore {
  enum State {
    FREE,
    LOCAL,
    REMOTE,
    GONE
  }

  /** Status byte of the reply to a remote claim. */
  static final byte CLAIM_OK = 0;

  static final byte CLAIM_REFUSED = 1;

  final long id;
  private final Slot[] slots = {new Slot(), new Slot()};
  private final LocalEnd[] ends = {new LocalEnd(this, 0), new LocalEnd(this, 1)};
  private final CountDownLatch relayDone = new CountDownLatch(2);
  private final Runnable forget;
  /** The {@link LinkConnection}s over {@link #ends}, returned when a reference comes back here. */
  final LinkConnection<?>[] connections = new LinkConnection<?>[2];

  /** One end's state; guarded by the core's monitor. */
  private static final class Slot {
    State state = State.FREE;
    boolean shipped;
    final MemoryInbox inbox = new MemoryInbox();
    FramedChannel remote;
    boolean handedOver;
    boolean released;
  }

  PipeCore(long id, Runnable forget) {
    this.id = id;
    this.forget = forget;
  }

  LocalEnd end(int index) {
    return ends[index];
  }

  MemoryInbox inbox(int index) {
    return slots[index].inbox;
  }

  /** Called when an end is encoded for another process: that process may claim it later. */
  synchronized void markShipped(int index) {
    slots[index].shipped = true;
  }

  /** This JVM uses end {@code index}. */
  synchronized void claimLocal(int index) throws IOException {
    Slot me = slots[index];
    Slot peer = slots[1 - index];
    switch (me.state) {
      case LOCAL:
        return;
      case REMOTE:
        throw new IllegalStateException("pipe end " + (index + 1) + " was passed to another process"
            + " that uses it; each end belongs to the first process that uses it");
      case GONE:
        throw new IOException("the connection is closed");
      default:
        me.state = State.LOCAL;
        if (peer.state == State.REMOTE && !peer.handedOver) {
          handOver(peer, index);
        }
        notifyAll();
    }
  }

  /**
   * Puts a frame from local end {@code index} into its peer's inbox; false if the end has just
   * switched to a direct socket, which the caller then writes to.
   */
  synchronized boolean writeLocal(int index, byte[] frame) throws IOException {
    if (ends[index].direct != null) {
      return false;
    }
    Slot peer = slots[1 - index];
    if (peer.state == State.GONE || !peer.inbox.add(frame)) {
      throw new IOException("the other end of the pipe is closed");
    }
    return true;
  }

  /** The local object of end {@code index} was closed. */
  void closeLocal(int index) throws IOException {
    SocketLink direct;
    synchronized (this) {
      Slot me = slots[index];
      Slot peer = slots[1 - index];
      if (me.state == State.REMOTE || me.state == State.GONE
          || (me.state == State.FREE && me.shipped)) {
        // Our copy of an end another process holds (or may still claim): closing it here, as
        // Python's parent does after start(), must not close that process's end.
        return;
      }
      me.state = State.GONE;
      me.inbox.close();
      direct = ends[index].direct;
      if (direct == null) {
        peer.inbox.peerClosed();
      }
      notifyAll();
      forgetIfDone();
    }
    if (direct != null) {
      direct.close();
    }
  }

  /**
   * Serves a process that claims end {@code index} through this JVM's hub, on the hub's thread for
   * that connection; returns when the end is finished with (the hub then closes the connection).
   */
  void serveRemote(int index, FramedChannel channel) throws IOException {
    Slot me = slots[index];
    Slot peer = slots[1 - index];
    FramedChannel partner = null;
    try {
      synchronized (this) {
        if (me.state != State.FREE) {
          refuse(channel, me.state == State.GONE
              ? "pipe end " + (index + 1) + " is closed"
              : "pipe end " + (index + 1) + " is already used by another process; each end"
                  + " belongs to the first process that uses it");
          return;
        }
        me.state = State.REMOTE;
        me.remote = channel;
        channel.write(new byte[] {CLAIM_OK});
        // Frames a local peer sent before this end was claimed go first.
        for (byte[] frame : me.inbox.drain()) {
          channel.write(frame);
        }
        boolean peerClosed = me.inbox.isPeerClosed();
        me.inbox.redirect();
        if (peer.state == State.LOCAL) {
          handOver(me, 1 - index);
        }
        notifyAll();
        while (true) {
          if (me.handedOver) {
            while (!me.released) {
              wait();
            }
            return;
          }
          if (peer.state == State.REMOTE) {
            partner = peer.remote;
            break;
          }
          if (peer.state == State.GONE || peerClosed) {
            // The claimant reads what was flushed, then the end of the stream.
            return;
          }
          wait();
        }
      }
      relay(channel, partner);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      synchronized (this) {
        if (me.remote == channel) {
          me.state = State.GONE;
          notifyAll();
          forgetIfDone();
        }
      }
    }
  }

  /** Copies frames from {@code from} to {@code to} until {@code from} ends; both pumps finish. */
  private void relay(FramedChannel from, FramedChannel to) throws InterruptedException {
    try {
      while (true) {
        byte[] frame = from.read(FramedChannel.maxFrameBytes());
        to.write(frame);
      }
    } catch (EOFException e) {
      // the end closed; its peer reads the rest, then the end of the stream
    } catch (IOException e) {
      // a broken peer or a reset; the other side sees the end of the stream
    } finally {
      try {
        to.socket().shutdownOutput();
      } catch (IOException e) {
        // already closed
      }
      relayDone.countDown();
    }
    // Keep our socket open until the other pump has delivered everything to it.
    relayDone.await();
  }

  /** Lets local end {@code localIndex} use the socket of the remote end {@code remote} directly. */
  private void handOver(Slot remote, int localIndex) throws IOException {
    SocketLink link = new SocketLink(remote.remote.socket(), () -> released(remote));
    remote.handedOver = true;
    ends[localIndex].direct = link;
    slots[localIndex].inbox.redirect();
    notifyAll();
  }

  private synchronized void released(Slot slot) {
    slot.released = true;
    notifyAll();
  }

  private void forgetIfDone() {
    if (slots[0].state == State.GONE && slots[1].state == State.GONE) {
      forget.run();
    }
  }

  static void refuse(FramedChannel channel, String why) throws IOException {
    WireOutput out = new WireOutput();
    out.writeByte(CLAIM_REFUSED);
    out.writeString(why);
    channel.write(out.toByteArray());
  }
}
