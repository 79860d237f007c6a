package io.github.multiproc.internal.pipe;

import static io.github.multiproc.internal.hub.Closeables.closeQuietly;

import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.wire.WireOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The creating JVM's record of one pipe: for each end, the processes that hold it, who reads it,
 * and where a frame sent to it goes. See the package description for the routes; in short, a frame
 * for an end goes to that end's only reader's socket while it has one ({@code pushTo}), else into
 * the end's {@link MemoryInbox}, which this JVM's threads and the holders' read connections take
 * from. A holder's sends are read from its socket by its hub thread ({@link #pump}), or directly by
 * this JVM's reader while that holder is the peer end's only sender ({@code source}).
 */
final class PipeCore {
  final long id;
  private final End[] state = {new End(), new End()};
  private final LocalEnd[] ends = {new LocalEnd(this, 0), new LocalEnd(this, 1)};
  private final Runnable forget;

  /** The {@link LinkConnection}s over {@link #ends}, returned when a reference comes back here. */
  final LinkConnection<?>[] connections = new LinkConnection<?>[2];

  private long lastHolder;
  private long lastTicket;
  private boolean forgotten;

  /** What this JVM knows of one end; guarded by the core's monitor. */
  private static final class End {
    final MemoryInbox inbox = new MemoryInbox();
    final Map<Long, Holder> holders = new LinkedHashMap<>();

    /** Hand-overs to other processes not attached yet. */
    final Set<Long> tickets = new HashSet<>();

    /** Holders whose read connection is open. */
    final Set<Long> remoteReaders = new HashSet<>();

    boolean shipped;
    boolean sentHere;
    boolean readHere;
    boolean closedHere;

    /** A second reader came: frames for this end are never pushed again. */
    boolean shared;

    /** The only reader of this end, which gets its frames on its own socket. */
    Holder pushTo;

    /** The only sender of the peer end, whose socket this JVM's readers of this end read. */
    Holder source;

    /** Nobody holds it: the peer's readers were told the end of the stream. */
    boolean released;

    /** Nobody holds it and this JVM closed it: nobody ever will. */
    boolean closed;

    boolean usedHere() {
      return sentHere || readHere || closedHere;
    }
  }

  PipeCore(long id, Runnable forget) {
    this.id = id;
    this.forget = forget;
  }

  LocalEnd end(int index) {
    return ends[index];
  }

  MemoryInbox inbox(int index) {
    return state[index].inbox;
  }

  /** End {@code index} is encoded for another process; returns the ticket it carries. */
  synchronized long ship(int index) {
    state[index].shipped = true;
    long ticket = ++lastTicket;
    state[index].tickets.add(ticket);
    return ticket;
  }

  /** A reference this JVM shipped came back here: that hand-over will never attach. */
  void returned(int index, long ticket) {
    List<SocketLink> stop;
    synchronized (this) {
      state[index].tickets.remove(ticket);
      stop = checkReleased(index);
    }
    stop.forEach(PipeCore::endOutput);
  }

  // ---- this JVM's own use

  /** The first receive or poll of end {@code index} in this JVM. */
  void readHere(int index) {
    SocketLink stop;
    synchronized (this) {
      state[index].readHere = true;
      unrelease(index);
      stop = secondReader(index, null);
      maybeSource(index);
    }
    endOutput(stop);
  }

  /** The first send on end {@code index} in this JVM: its peer's reader can no longer skip us. */
  synchronized void sentHere(int index) {
    state[index].sentHere = true;
    unrelease(index);
    if (state[1 - index].source != null) {
      dropSource(1 - index);
    }
  }

  /** This JVM closed its copy of end {@code index}. */
  void closeHere(int index) {
    List<SocketLink> stop;
    synchronized (this) {
      state[index].closedHere = true;
      stop = checkReleased(index);
    }
    stop.forEach(PipeCore::endOutput);
  }

  /**
   * Sends a frame to the readers of end {@code to}: down its only reader's socket, or into its
   * inbox.
   */
  void deliver(int to, byte[] bytes, int offset, int length, boolean owned) throws IOException {
    while (true) {
      Holder reader;
      synchronized (this) {
        End end = state[to];
        reader = end.pushTo;
        if (reader == null) {
          byte[] frame =
              owned && offset == 0 && length == bytes.length
                  ? bytes
                  : Arrays.copyOfRange(bytes, offset, offset + length);
          if (!end.inbox.add(frame)) {
            throw new IOException(
                "the peer end of the pipe is closed: every process that held it"
                    + " closed it or exited");
          }
          return;
        }
      }
      try {
        reader.link().write(bytes, offset, length, owned);
        return;
      } catch (SocketLink.OutputEndedException e) {
        // a second reader came: the inbox takes it
      } catch (IOException e) {
        synchronized (this) {
          End end = state[to];
          if (end.pushTo == reader) {
            end.pushTo = null;
            if (end.holders.size() == 1 && !end.usedHere()) {
              throw e; // its only reader died
            }
          }
        }
      }
    }
  }

  // ---- holders: processes that were given an end

  /**
   * Makes the process on {@code channel} a holder of end {@code index}, answering it on the
   * channel; null (after a refusal) if the end can no longer be used.
   */
  synchronized Holder attach(int index, long ticket, BlockingLink channel) throws IOException {
    End end = state[index];
    if (forgotten || end.closed) {
      PipeProtocol.refuse(
          channel,
          "pipe end "
              + (index + 1)
              + " is closed: every process that held it"
              + " closed it or exited");
      return null;
    }
    long holderId = ++lastHolder;
    WireOutput reply = new WireOutput(9);
    reply.writeByte(PipeProtocol.OK);
    reply.writeLong(holderId);
    channel.write(reply.toByteArray());
    Holder holder = new Holder(holderId, index, new SocketLink(channel.socket(), () -> {}));
    end.tickets.remove(ticket);
    end.holders.put(holderId, holder);
    unrelease(index);
    if (state[1 - index].source != null) {
      dropSource(1 - index); // a second sender: its frames and the first's meet in the inbox
    } else {
      maybeSource(1 - index);
    }
    return holder;
  }

  /**
   * Runs on the holder's hub thread until it is gone: copies its sends to the peer end's readers
   * whenever this JVM does not read its socket directly.
   */
  void pump(Holder holder) {
    try {
      while (awaitPumping(holder)) {
        byte[] frame = holder.link().read(-1);
        if (frame != null) {
          deliver(1 - holder.index(), frame, 0, frame.length, true);
        }
      }
    } catch (IOException e) {
      // the holder closed its end or died, or the peer end is gone (the hub closes the holder's
      // socket, so its next send fails)
    } finally {
      List<SocketLink> stop;
      synchronized (this) {
        stop = detach(holder);
      }
      stop.forEach(PipeCore::endOutput);
      closeQuietly(holder.link());
    }
  }

  /**
   * Waits while this JVM's readers read the holder's socket directly; false once the socket is
   * closed. The readers get the socket only here, after the pump has delivered every frame it
   * read, so a sender's frames keep their order across the switch.
   */
  private synchronized boolean awaitPumping(Holder holder) {
    int reader = 1 - holder.index();
    try {
      while (state[reader].source == holder && !holder.link().isClosed()) {
        if (ends[reader].source != holder.link()) {
          ends[reader].source = holder.link();
          state[reader].inbox.wakeReaders();
        }
        wait();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    return !holder.link().isClosed();
  }

  /** A reader here found the end of {@code link}, the direct source of end {@code index}. */
  synchronized void sourceEnded(int index, SocketLink link) {
    Holder source = state[index].source;
    if (source != null && source.link() == link) {
      dropSource(index);
    }
  }

  /**
   * Serves a holder's read connection: its receives and polls, answered from this JVM's view of
   * the end, until it closes the connection or the end is pushed to it.
   */
  void serveReads(int index, long holderId, BlockingLink channel) throws IOException {
    Holder holder;
    SocketLink stop;
    synchronized (this) {
      holder = state[index].holders.get(holderId);
      if (holder == null) {
        PipeProtocol.refuse(channel, "pipe end " + (index + 1) + " has no holder " + holderId);
        return;
      }
      state[index].remoteReaders.add(holderId);
      stop = secondReader(index, holder);
    }
    endOutput(stop);
    try {
      channel.write(new byte[] {PipeProtocol.OK});
      new ReadService(this, ends[index], holder, channel).run();
    } finally {
      synchronized (this) {
        state[index].remoteReaders.remove(holderId);
      }
    }
  }

  /**
   * Whether {@code holder} may become end {@code index}'s only reader: nobody else has read it and
   * nothing waits here. If so, tells it ({@link PipeProtocol#PUSHED}); later frames go to its socket.
   */
  synchronized boolean pushTo(int index, Holder holder, BlockingLink channel) throws IOException {
    End end = state[index];
    // Only a reader that waits for a message with none queued: what is queued stays here for
    // whichever process reads next, as in an OS pipe.
    if (end.shared
        || state[1 - index].released
        || end.pushTo != null
        || end.readHere
        || end.remoteReaders.size() != 1
        || !end.holders.containsKey(holder.id())
        || !end.inbox.isEmpty()) {
      return false;
    }
    if (end.source != null) {
      dropSource(index); // frames for this end now go to the holder, through the pump
    }
    channel.write(new byte[] {PipeProtocol.PUSHED});
    end.pushTo = holder;
    return true;
  }

  /** {@code holder} closes its end: frames for it stay here; it hands back those it was sent. */
  void stopPushing(Holder holder) {
    SocketLink stop = null;
    synchronized (this) {
      End end = state[holder.index()];
      if (end.pushTo == holder) {
        end.pushTo = null;
        stop = holder.link();
      }
    }
    endOutput(stop);
  }

  /** True if end {@code index} of this pipe is read by one process over its own socket. */
  synchronized boolean pushed(int index) {
    return state[index].pushTo != null;
  }

  /** True if this JVM reads the frames sent to end {@code index} straight from a holder. */
  synchronized boolean readsDirectly(int index) {
    return ends[index].source != null;
  }

  // ---- transitions, under the monitor

  /**
   * A reader of end {@code index} besides {@code reader} (null: this JVM): if the end was pushed to
   * another holder, pushing stops; returns the socket to end the pushed stream on.
   */
  private SocketLink secondReader(int index, Holder reader) {
    End end = state[index];
    if (end.pushTo == null || end.pushTo == reader) {
      return null;
    }
    end.shared = true;
    SocketLink pushed = end.pushTo.link();
    end.pushTo = null;
    return pushed;
  }

  /**
   * This JVM's threads read end {@code index} and its peer has one sender, in another process: they
   * are to read that sender's socket directly, with no thread between, once its pump steps aside
   * ({@link #awaitPumping}). Only once a thread here reads: until then the pump reads the socket,
   * so it sees the sender go.
   */
  private void maybeSource(int index) {
    End reader = state[index];
    End sender = state[1 - index];
    if (reader.readHere
        && reader.source == null
        && reader.pushTo == null
        && !reader.closed
        && sender.holders.size() == 1
        && !sender.sentHere) {
      Holder holder = sender.holders.values().iterator().next();
      reader.source = holder;
      holder.link().wakeReader(); // the pump steps aside and hands the socket over
      notifyAll();
    }
  }

  /** This JVM's readers of end {@code index} stop reading the source's socket; the pump starts. */
  private void dropSource(int index) {
    Holder source = state[index].source;
    state[index].source = null;
    ends[index].source = null;
    source.link().wakeReader();
    state[index].inbox.wakeReaders();
    notifyAll();
  }

  private List<SocketLink> detach(Holder holder) {
    End end = state[holder.index()];
    end.holders.remove(holder.id());
    end.remoteReaders.remove(holder.id());
    if (end.pushTo == holder) {
      end.pushTo = null;
    }
    End peer = state[1 - holder.index()];
    if (peer.source == holder) {
      dropSource(1 - holder.index());
    }
    return checkReleased(holder.index());
  }

  /**
   * Once no process holds end {@code index} (no holder, no hand-over pending) and this JVM closed
   * its copy or never used it, the peer's readers get the end of the stream; once this JVM's copy
   * is closed too, frames for the end are dropped and the peer's senders fail. Returns the pushed
   * stream to end.
   */
  private List<SocketLink> checkReleased(int index) {
    End end = state[index];
    if (!end.holders.isEmpty() || !end.tickets.isEmpty()) {
      return List.of();
    }
    End peer = state[1 - index];
    List<SocketLink> stop = new ArrayList<>();
    if (!end.released && (end.closedHere || (end.shipped && !end.usedHere()))) {
      end.released = true;
      peer.inbox.peerClosed();
      if (peer.pushTo != null) {
        stop.add(peer.pushTo.link());
        peer.pushTo = null;
      }
    }
    if (end.closedHere && !end.closed) {
      end.closed = true;
      end.inbox.close();
      if (end.source != null) {
        dropSource(index); // nobody reads it: the pump finds the inbox closed and hangs up
      }
    }
    notifyAll();
    if (end.released && peer.released && !forgotten) {
      forgotten = true;
      forget.run();
    }
    return stop;
  }

  /** End {@code index}, released while unused here, is used again (here or by a new holder). */
  private void unrelease(int index) {
    End end = state[index];
    if (end.released && !end.closed) {
      end.released = false;
      state[1 - index].inbox.peerReopened();
    }
  }

  private static void endOutput(SocketLink link) {
    if (link != null) {
      link.endOutput();
    }
  }
}
