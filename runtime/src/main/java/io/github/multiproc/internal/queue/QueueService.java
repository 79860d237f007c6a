package io.github.multiproc.internal.queue;

import static io.github.multiproc.internal.queue.QueueProtocol.*;

import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.internal.hub.HubService;
import io.github.multiproc.internal.hub.ProtocolException;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The hub service for {@code QUEUE} connections: serves one queue of this process to one
 * connection of another process, on the hub's thread for that connection, following
 * {@link QueueProtocol}. A malformed frame ends only that connection (the hub logs it).
 */
final class QueueService implements HubService {
  static final QueueService INSTANCE = new QueueService();

  private QueueService() {}

  @Override
  public void serve(BlockingLink channel, WireInput opening) throws IOException {
    long id = opening.readLong();
    opening.requireFullyRead();
    QueueState queue = QueueRegistry.get(id);
    if (queue == null || queue.isClosed()) {
      channel.write(new byte[] {CLOSED});
      return;
    }
    channel.write(new byte[] {OK});
    // The opening was read frame by frame, so nothing of the requests is buffered in `channel`.
    new Session(new SessionLink(channel.socket(), BlockingLink.maxFrameBytes()), queue).run();
  }

  /** Most items one prefetching take hands out; the client asks for fewer when it is slow. */
  static final int MAX_BATCH_ITEMS = 1024;

  /** Most bytes of items one prefetching take hands out (the first item always goes). */
  static final int MAX_BATCH_BYTES = 64 * 1024;

  /** One connection's loop and the items it still owes an acknowledgement for. */
  private static final class Session {
    private final SessionLink channel;
    private final QueueState queue;
    private final WireOutput reply = new WireOutput(64);

    /** Items handed out on this connection and not yet acknowledged, oldest first. */
    private final ArrayDeque<byte[]> unacknowledged = new ArrayDeque<>();

    private int lostStreamedPuts;

    Session(SessionLink channel, QueueState queue) {
      this.channel = channel;
      this.queue = queue;
    }

    void run() throws IOException {
      try {
        while (true) {
          byte[] frame;
          try {
            frame = channel.read();
          } catch (EOFException e) {
            return;
          }
          if (frame.length == 0) {
            throw new ProtocolException("empty request frame on a queue connection");
          }
          WireInput in = new WireInput(frame, 1, frame.length - 1);
          byte op = frame[0];
          boolean acked = (op & ACKED) != 0;
          if (acked) {
            op = (byte) (op & ~ACKED);
            acknowledge(in.readInt());
          } else {
            // The client sends a frame only after reading the previous reply: it has the items.
            unacknowledged.clear();
          }
          if (op == GOODBYE) {
            in.requireFullyRead();
            if (acked) {
              // What is still owed was prefetched and not taken: back before the client goes on,
              // so the items are in the queue once its close() returns or its process is joined.
              giveBack();
              channel.write(new byte[] {OK}, 1);
            }
            return;
          }
          handle(op, frame, in);
        }
      } catch (InterruptedException e) {
        throw new InterruptedIOException("the hub thread was interrupted");
      } finally {
        giveBack(); // killed or broken: what it still owes goes to the other consumers
      }
    }

    /** Puts every item still owed back at the head of the queue, in order. */
    private void giveBack() {
      if (!unacknowledged.isEmpty()) {
        queue.requeue(new ArrayList<>(unacknowledged));
        unacknowledged.clear();
      }
    }

    private void acknowledge(int count) throws ProtocolException {
      if (count < 0 || count > unacknowledged.size()) {
        throw new ProtocolException(
            "a queue client acknowledged "
                + count
                + " items but "
                + unacknowledged.size()
                + " were owed");
      }
      for (int i = 0; i < count; i++) {
        unacknowledged.pollFirst();
      }
    }

    private void handle(byte op, byte[] frame, WireInput in)
        throws IOException, InterruptedException {
      reply.reset();
      try {
        switch (op) {
          case PUT_STREAM:
            if (lostStreamedPuts == 0) {
              try {
                queue.offer(Arrays.copyOfRange(frame, in.position(), frame.length), -1);
              } catch (IllegalStateException closed) {
                lostStreamedPuts++;
              }
            } else {
              lostStreamedPuts++;
            }
            return; // no reply
          case PUT:
            {
              long nanos = in.readLong();
              byte[] item = Arrays.copyOfRange(frame, in.position(), frame.length);
              reply.writeByte(queue.offer(item, nanos) ? OK : TIMEOUT);
              break;
            }
          case TAKE:
            {
              long nanos = in.readLong();
              in.requireFullyRead();
              writeItem(queue.poll(nanos));
              break;
            }
          case TAKE_BATCH:
            {
              long nanos = in.readLong();
              int max = in.readInt();
              in.requireFullyRead();
              int owedBefore = unacknowledged.size();
              int n =
                  queue.pollBatch(
                      nanos,
                      Math.max(1, Math.min(max, MAX_BATCH_ITEMS)),
                      MAX_BATCH_BYTES,
                      unacknowledged);
              if (n == 0) {
                reply.writeByte(TIMEOUT);
              } else {
                reply.writeByte(OK);
                reply.writeSize(n);
                java.util.Iterator<byte[]> batch = unacknowledged.iterator();
                for (int i = 0; i < owedBefore; i++) {
                  batch.next();
                }
                while (batch.hasNext()) {
                  byte[] item = batch.next();
                  reply.writeSize(item.length);
                  reply.writeBytes(item);
                }
              }
              break;
            }
          case PEEK:
            in.requireFullyRead();
            byte[] head = queue.peek();
            if (head == null) {
              reply.writeByte(TIMEOUT);
            } else {
              reply.writeByte(ITEM);
              reply.writeBytes(head);
            }
            break;
          case SIZE:
            in.requireFullyRead();
            reply.writeByte(OK);
            reply.writeInt(queue.size());
            break;
          case CLEAR:
            in.requireFullyRead();
            queue.clear();
            reply.writeByte(OK);
            break;
          case DRAIN:
            {
              int max = in.readInt();
              in.requireFullyRead();
              List<byte[]> items = queue.drain(Math.max(0, max));
              unacknowledged.addAll(items);
              writeList(items);
              break;
            }
          case SNAPSHOT:
            in.requireFullyRead();
            writeList(queue.snapshot());
            break;
          case TASK_DONE:
            in.requireFullyRead();
            try {
              queue.taskDone();
              reply.writeByte(OK);
            } catch (IllegalStateException e) {
              if (queue.isClosed()) {
                throw e;
              }
              reply.writeByte(ERROR);
              reply.writeString(e.getMessage());
            }
            break;
          case JOIN:
            {
              long nanos = in.readLong();
              in.requireFullyRead();
              reply.writeByte(queue.join(nanos) ? OK : TIMEOUT);
              break;
            }
          default:
            throw new ProtocolException("unknown queue request " + op);
        }
        if (lostStreamedPuts > 0) {
          throw new IllegalStateException(QueueState.CLOSED_MESSAGE);
        }
      } catch (IllegalStateException closed) {
        reply.reset();
        reply.writeByte(CLOSED);
        reply.writeString(
            lostStreamedPuts == 0
                ? QueueState.CLOSED_MESSAGE
                : QueueState.CLOSED_MESSAGE
                    + "; "
                    + lostStreamedPuts
                    + " earlier put(s) from this process were not delivered");
        lostStreamedPuts = 0;
      }
      channel.write(reply.array(), reply.size());
    }

    private void writeItem(byte[] item) {
      if (item == null) {
        reply.writeByte(TIMEOUT);
        return;
      }
      unacknowledged.addLast(item); // owed until acknowledged, requeued if the client dies
      reply.writeByte(ITEM);
      reply.writeBytes(item);
    }

    private void writeList(List<byte[]> items) {
      reply.writeByte(OK);
      reply.writeSize(items.size());
      for (byte[] item : items) {
        reply.writeSize(item.length);
        reply.writeBytes(item);
      }
    }
  }
}
