package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.spi.QueueHandles;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The owner's view of its queues: BlockingQueue semantics without any socket. */
@Timeout(30)
class ProcessQueueTest {
  @Test
  void boundedQueueOffersPollsAndTimesOut() throws Exception {
    try (ProcessQueue<Object> q = ProcessQueue.create(2)) {
      assertEquals(2, q.remainingCapacity());
      assertTrue(q.offer("a"));
      q.put(List.of(1, 2));
      assertTrue(q.isFull());
      assertFalse(q.offer("c"));
      long t0 = System.nanoTime();
      assertFalse(q.offer("c", Duration.ofMillis(200)));
      assertTrue(System.nanoTime() - t0 >= 190_000_000L);
      assertEquals(2, q.size());
      assertEquals("a", q.peek());
      assertEquals("a", q.take());
      assertEquals(List.of(1, 2), q.poll());
      assertNull(q.poll());
      t0 = System.nanoTime();
      assertNull(q.poll(Duration.ofMillis(200)));
      assertTrue(System.nanoTime() - t0 >= 190_000_000L);
    }
  }

  @Test
  void itemsAreCopiesAndNullIsRefused() throws Exception {
    try (ProcessQueue<Object> q = ProcessQueue.create()) {
      List<Integer> mutable = new ArrayList<>(List.of(1));
      q.put(mutable);
      mutable.add(2);
      assertEquals(List.of(1), q.take());
      assertThrows(NullPointerException.class, () -> q.put(null));
      assertEquals(Integer.MAX_VALUE, q.remainingCapacity());
    }
  }

  @Test
  void stringsWithUnpairedSurrogatesComeBackExactly() throws Exception {
    String lonely = "a\uD800b\uDC00c\uDBFF";
    try (ProcessQueue<Object> q = ProcessQueue.create()) {
      q.put(lonely);
      q.put(List.of(lonely, "\uD83D\uDE00\uDE00"));
      assertEquals(lonely, q.take());
      assertEquals(List.of(lonely, "\uD83D\uDE00\uDE00"), q.take());
    }
  }

  @Test
  void drainToIteratorAndClearWorkOnTheOwnersItems() throws Exception {
    try (ProcessQueue<Integer> q = ProcessQueue.create()) {
      for (int i = 0; i < 10; i++) {
        q.put(i);
      }
      assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), new ArrayList<>(q));
      assertArrayEquals(new Object[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, q.toArray());
      List<Integer> sink = new ArrayList<>();
      assertEquals(3, q.drainTo(sink, 3));
      assertEquals(List.of(0, 1, 2), sink);
      assertEquals(4, q.drainTo(sink, 4));
      assertEquals(3, q.drainTo(sink));
      assertEquals(10, sink.size());
      assertThrows(IllegalArgumentException.class, () -> q.drainTo(q));
      q.put(1);
      q.clear();
      assertTrue(q.isEmpty());
      assertThrows(UnsupportedOperationException.class, () -> q.remove((Object) 1));
    }
  }

  @Test
  void closeInTheOwnerFreesTheQueueAndWakesWaiters() throws Exception {
    ProcessQueue<Object> q = ProcessQueue.create();
    Thread closer =
        new Thread(
            () -> {
              try {
                Thread.sleep(200);
              } catch (InterruptedException e) {
                return;
              }
              q.close();
            });
    closer.start();
    IllegalStateException e = assertThrows(IllegalStateException.class, q::take);
    assertTrue(e.getMessage().contains("closed by its owner"));
    assertThrows(IllegalStateException.class, () -> q.offer("x"));
    assertThrows(IllegalStateException.class, q::size);
    closer.join();
    q.close(); // idempotent
  }

  @Test
  void joinableQueueCountsTasks() throws Exception {
    try (JoinableProcessQueue<String> q = JoinableProcessQueue.create()) {
      q.put("a");
      q.put("b");
      assertFalse(q.join(Duration.ofMillis(50)));
      q.take();
      q.taskDone();
      q.take();
      q.taskDone();
      assertTrue(q.join(Duration.ofMillis(50)));
      IllegalStateException e = assertThrows(IllegalStateException.class, q::taskDone);
      assertTrue(e.getMessage().contains("too many times"), e.getMessage());
    }
  }

  @Test
  void aHandleComingHomeIsTheOwnersQueue() throws Exception {
    try (ProcessQueue<Object> q = ProcessQueue.create()) {
      WireOutput out = new WireOutput();
      QueueHandles.queue().encode(out, q);
      ProcessQueue<Object> back = QueueHandles.queue().decode(new WireInput(out.toByteArray()));
      back.put("x");
      assertEquals("x", q.take());
      WireOutput none = new WireOutput();
      QueueHandles.queue().encode(none, null);
      assertNull(QueueHandles.queue().decode(new WireInput(none.toByteArray())));
    }
  }

  @Test
  void aJoinableHandleDecodesAsJoinable() {
    try (JoinableProcessQueue<Object> q = JoinableProcessQueue.create()) {
      WireOutput out = new WireOutput();
      QueueHandles.queue().encode(out, q);
      Object back = QueueHandles.queue().decode(new WireInput(out.toByteArray()));
      assertSame(JoinableProcessQueue.class, back.getClass());
    }
  }

  @Test
  void aPlainBlockingQueueCannotBePassed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                QueueHandles.blockingQueue().encode(new WireOutput(), new LinkedBlockingQueue<>()));
    assertTrue(e.getMessage().contains("create a ProcessQueue"), e.getMessage());
  }

  @Test
  void maxSizeMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> ProcessQueue.create(0));
  }
}
