package io.github.multiproc.internal.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.internal.hub.ConnectionKind;
import io.github.multiproc.internal.hub.Handshake;
import io.github.multiproc.internal.hub.HubClient;
import io.github.multiproc.internal.process.ProcessContext;
import io.github.multiproc.wire.WireOutput;
import java.io.EOFException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The queue service and the remote backend, exercised over this JVM's own hub. */
@Timeout(30)
class QueueServiceTest {
  private QueueBackend owner;
  private RemoteBackend remote;

  @BeforeEach
  void create() {
    owner = QueueRegistry.create(QueueRef.QUEUE, Integer.MAX_VALUE);
    remote = new RemoteBackend(owner.ref());
  }

  @AfterEach
  void close() {
    remote.close();
    owner.close();
  }

  @Test
  void theProxyDoesEveryOperationThroughTheSocket() throws Exception {
    for (int i = 0; i < 1000; i++) {
      assertTrue(remote.offer(i, -1)); // streamed, with a fence every 256
    }
    assertEquals(1000, remote.size());
    assertEquals(1000, owner.size());
    assertEquals(0, remote.peek());
    assertEquals(0, remote.poll(-1));
    assertEquals(List.of(1, 2, 3), remote.drain(3));
    assertEquals(996, remote.snapshot().size());
    remote.clear();
    assertEquals(0, owner.size());
    assertNull(remote.poll(50_000_000L));
    assertFalse(remote.join(0)); // cleared items count as done, the 4 taken ones do not yet
    for (int i = 0; i < 4; i++) {
      remote.taskDone();
    }
    assertTrue(remote.join(0));
    assertThrows(IllegalStateException.class, remote::taskDone);
  }

  @Test
  void goodbyeAcknowledgesAndAnAbruptEndRequeues() throws Exception {
    owner.offer("first", -1);
    owner.offer("second", -1);
    try (BlockingLink c = open()) {
      c.write(new byte[] {QueueProtocol.TAKE, 0, 0, 0, 0, 0, 0, 0, 0});
      assertEquals(QueueProtocol.ITEM, c.read(1024)[0]);
      c.write(new byte[] {QueueProtocol.GOODBYE});
    }
    awaitSize(1);
    try (BlockingLink c = open()) {
      c.write(new byte[] {QueueProtocol.TAKE, 0, 0, 0, 0, 0, 0, 0, 0});
      assertEquals(QueueProtocol.ITEM, c.read(1024)[0]);
    } // closed without GOODBYE: as if the consumer was killed after reading
    awaitSize(1);
    assertEquals("second", owner.poll(0));
  }

  @Test
  void aBatchIsOwedUntilAcknowledgedByCountAndTheRestGoesBackInOrder() throws Exception {
    for (int i = 0; i < 6; i++) {
      owner.offer("item " + i, -1);
    }
    try (BlockingLink c = open()) {
      c.write(takeBatch(0, -1, 4));
      byte[] reply = c.read(1024);
      assertEquals(QueueProtocol.OK, reply[0]);
      assertEquals(4, reply[1]); // count
      assertEquals(2, owner.size());
      c.write(takeBatch(3, 0, 1)); // took 3 of the 4; the 4th is still buffered
      assertEquals(QueueProtocol.OK, c.read(1024)[0]);
      assertEquals(1, owner.size());
    } // killed: the untaken 4th, and the 5th (taken but not acknowledged) go back, in order
    awaitSize(3);
    assertEquals("item 3", owner.poll(0));
    assertEquals("item 4", owner.poll(0));
    assertEquals("item 5", owner.poll(0));
    try (BlockingLink c = open()) {
      c.write(takeBatch(0, 0, 4));
      assertEquals(QueueProtocol.TIMEOUT, c.read(1024)[0]); // poll() on an empty queue
      c.write(new byte[] {QueueProtocol.GOODBYE | QueueProtocol.ACKED, 0, 0, 0, 5});
      assertThrows(EOFException.class, () -> c.read(1024)); // acknowledged more than owed
    }
  }

  @Test
  void aBigItemIsNeverBatchedWithOthers() throws Exception {
    owner.offer("small", -1);
    owner.offer(new byte[QueueService.MAX_BATCH_BYTES + 1], -1);
    owner.offer("small again", -1);
    try (BlockingLink c = open()) {
      for (int i = 0; i < 3; i++) {
        c.write(takeBatch(i == 0 ? 0 : 1, -1, 10)); // acknowledges the previous one
        byte[] reply = c.read(BlockingLink.maxFrameBytes());
        assertEquals(QueueProtocol.OK, reply[0]);
        assertEquals(1, reply[1], "batch " + i + " held more than one item");
      }
      c.write(new byte[] {QueueProtocol.GOODBYE | QueueProtocol.ACKED, 0, 0, 0, 1});
      assertEquals(QueueProtocol.OK, c.read(16)[0]);
    }
    assertEquals(0, owner.size());
  }

  @Test
  void aPrefetchingProxyGivesBackWhatItDidNotTakeWhenItCloses() throws Exception {
    int total = 2000;
    for (int i = 0; i < total; i++) {
      owner.offer(i, -1);
    }
    for (int i = 0; i < 100; i++) {
      assertEquals(i, remote.poll(-1));
    }
    assertTrue(owner.size() < total - 100, "the proxy did not prefetch: " + owner.size());
    assertEquals(total - 100, remote.size()); // the owner's items and the proxy's buffer
    assertEquals(100, remote.peek());
    assertEquals(List.of(100, 101), remote.drain(2));
    remote.close();
    assertEquals(total - 102, owner.size());
    List<Object> left = owner.snapshot();
    for (int i = 0; i < left.size(); i++) {
      assertEquals(102 + i, left.get(i));
    }
  }

  @Test
  void pollsOnAnEmptyQueueReturnWithinTheirTimeout() throws Exception {
    assertNull(remote.poll(0));
    long t0 = System.nanoTime();
    assertNull(remote.poll(100_000_000L));
    long waited = System.nanoTime() - t0;
    assertTrue(waited >= 90_000_000L && waited < 5_000_000_000L, "waited " + waited + " ns");
    owner.offer("late", -1);
    assertEquals("late", remote.poll(0));
    assertNull(remote.poll(0));
  }

  private static byte[] takeBatch(int acknowledged, long nanos, int max) {
    WireOutput out = new WireOutput();
    out.writeByte(QueueProtocol.TAKE_BATCH | QueueProtocol.ACKED);
    out.writeInt(acknowledged);
    out.writeLong(nanos);
    out.writeInt(max);
    return out.toByteArray();
  }

  @Test
  void forgedAndOversizedFramesCloseOnlyThatConnection() throws Exception {
    owner.offer("kept", -1);
    try (BlockingLink c = open()) {
      c.write(new byte[] {99, 1, 2, 3});
      assertThrows(EOFException.class, () -> c.read(1024));
    }
    try (SocketChannel raw = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      raw.connect(UnixDomainSocketAddress.of(Path.of(owner.ref().hubPath())));
      BlockingLink framed = new BlockingLink(raw);
      Handshake.connect(framed, ProcessContext.sessionKey());
      WireOutput opening = new WireOutput();
      opening.writeByte(ConnectionKind.QUEUE);
      opening.writeLong(owner.ref().id());
      framed.write(opening.toByteArray());
      assertEquals(QueueProtocol.OK, framed.read(16)[0]);
      raw.write(ByteBuffer.allocate(8).putInt(0x7fff_fff0).putInt(0).flip());
      assertThrows(IOException.class, () -> framed.read(1024)); // EOF or reset
    }
    try (BlockingLink c = open()) {
      c.write(new byte[] {QueueProtocol.TAKE}); // too short: no timeout
      assertThrows(EOFException.class, () -> c.read(1024));
    }
    assertEquals("kept", remote.poll(-1));
    assertTrue(remote.offer("still served", 0)); // streamed: stored by the time a call returns
    assertEquals(1, remote.size());
    assertEquals("still served", owner.poll(0));
  }

  @Test
  void anUnknownOrClosedQueueIsRefusedAtOnce() throws Exception {
    QueueBackend other = QueueRegistry.create(QueueRef.QUEUE, 5);
    RemoteBackend proxy = new RemoteBackend(other.ref());
    assertTrue(proxy.offer("x", 0));
    other.close();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> proxy.poll(-1));
    assertTrue(e.getMessage().contains("closed by its owner"), e.getMessage());
    RemoteBackend late = new RemoteBackend(other.ref());
    assertThrows(IllegalStateException.class, late::size);
    proxy.close();
    late.close();
  }

  @Test
  void aNonOwnerCloseDisconnectsOnlyThatHandle() throws Exception {
    remote.offer("x", -1);
    remote.close();
    assertThrows(IllegalStateException.class, remote::size);
    assertEquals(1, owner.size());
  }

  @Test
  void manyThreadsShareOneProxy() throws Exception {
    List<Thread> threads = new ArrayList<>();
    List<Object> got = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 4; t++) {
      Thread taker =
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < 250; i++) {
                    got.add(remote.poll(-1));
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      taker.start();
      threads.add(taker);
    }
    for (int i = 0; i < 1000; i++) {
      remote.offer(i, -1);
    }
    for (Thread thread : threads) {
      thread.join(20_000);
    }
    assertEquals(1000, got.size());
    assertEquals(1000, new java.util.HashSet<>(got).size());
  }

  private BlockingLink open() throws IOException {
    WireOutput opening = new WireOutput();
    opening.writeLong(owner.ref().id());
    BlockingLink c =
        HubClient.connect(
            Path.of(owner.ref().hubPath()),
            ProcessContext.sessionKey(),
            ConnectionKind.QUEUE,
            opening.toByteArray());
    assertEquals(QueueProtocol.OK, c.read(16)[0]);
    return c;
  }

  private void awaitSize(int size) throws InterruptedException {
    for (int i = 0; i < 200 && owner.size() != size; i++) {
      Thread.sleep(10);
    }
    assertEquals(size, owner.size());
  }
}
