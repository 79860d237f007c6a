package io.github.multiproc.cluster.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cluster queue against CPython's {@code _TestQueue.test_put} and {@code test_get} of
 * {@code _test_multiprocessing.py} (a manager's {@code Queue(maxsize)}), with the other side on
 * another member, and Python's timings: a refused put or get without a timeout returns at once,
 * one with a timeout waits about that long.
 */
@ExtendWith(LoopbackCluster.Extension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClusterQueueTest {
  private static final long TIMEOUT_MILLIS = 300;
  private static final int MAXSIZE = 6;

  private static ClusterManager manager;
  private static ClusterManager onOtherMember;

  @BeforeAll
  static void connect(LoopbackCluster cluster) {
    manager = cluster.managerOn(0);
    onOtherMember = cluster.managerOn(2);
  }

  @AfterAll
  static void close() {
    manager.close();
    onOtherMember.close();
  }

  @Test
  void boundedPutAsPythonsTestPut() throws Exception {
    BlockingQueue<Integer> queue = manager.queue(MAXSIZE);
    @SuppressWarnings("unchecked")
    BlockingQueue<Integer> elsewhere = (BlockingQueue<Integer>) Crossing.roundTrip(queue);
    CountDownLatch childCanStart = new CountDownLatch(1);
    CompletableFuture<List<Integer>> child =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                childCanStart.await();
                List<Integer> got = new ArrayList<>();
                for (int i = 0; i < MAXSIZE; i++) {
                  got.add(elsewhere.take());
                }
                return got;
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    assertTrue(queue.isEmpty());
    assertEquals(MAXSIZE, queue.remainingCapacity(), "not full");
    queue.put(1);
    queue.put(2);
    queue.add(3);
    assertTrue(queue.offer(4));
    assertTrue(queue.offer(5, TIMEOUT_MILLIS, TimeUnit.MILLISECONDS));
    queue.put(6);
    assertFalse(queue.isEmpty());
    assertEquals(0, queue.remainingCapacity(), "full(queue, MAXSIZE)");

    long start = System.nanoTime();
    assertFalse(queue.offer(7), "put(7, False) raises Full");
    assertThrows(IllegalStateException.class, () -> queue.add(7), "put_nowait(7) raises Full");
    assertTrue(millisSince(start) < TIMEOUT_MILLIS, "a refused put without timeout is at once");

    start = System.nanoTime();
    assertFalse(queue.offer(7, TIMEOUT_MILLIS, TimeUnit.MILLISECONDS), "put(7, True, TIMEOUT)");
    assertTimeAbout(TIMEOUT_MILLIS, millisSince(start));

    childCanStart.countDown();
    assertEquals(List.of(1, 2, 3, 4, 5, 6), child.get(30, TimeUnit.SECONDS), "FIFO");
    assertTrue(queue.isEmpty());
    assertEquals(MAXSIZE, queue.remainingCapacity());
  }

  @Test
  void getAsPythonsTestGet() throws Exception {
    BlockingQueue<Integer> queue = manager.queue();
    @SuppressWarnings("unchecked")
    BlockingQueue<Integer> elsewhere = (BlockingQueue<Integer>) Crossing.roundTrip(queue);
    for (int i = 1; i <= 5; i++) {
      elsewhere.put(i);
    }
    assertEquals(Integer.MAX_VALUE - 5, queue.remainingCapacity(), "unbounded, as Java counts");
    assertEquals(5, queue.size(), "qsize()");
    assertEquals(1, queue.take());
    assertEquals(2, queue.poll(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS));
    assertEquals(3, queue.poll());
    assertEquals(4, queue.remove());
    assertEquals(5, queue.peek());
    assertEquals(5, queue.poll());
    assertTrue(queue.isEmpty());

    long start = System.nanoTime();
    assertNull(queue.poll(), "get(False) raises Empty");
    assertTrue(millisSince(start) < TIMEOUT_MILLIS, "at once");
    start = System.nanoTime();
    assertNull(queue.poll(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS), "get(True, TIMEOUT)");
    assertTimeAbout(TIMEOUT_MILLIS, millisSince(start));
  }

  @Test
  void aNullItemIsQueuedAsPythonsNone() throws Exception {
    BlockingQueue<String> queue = manager.queue();
    queue.put(null);
    queue.put("after");
    assertEquals(2, queue.size());
    assertNull(queue.take(), "the null item");
    assertEquals("after", queue.take());
    List<String> sink = new ArrayList<>();
    queue.put("x");
    queue.put(null);
    assertEquals(2, queue.drainTo(sink));
    assertEquals(java.util.Arrays.asList("x", null), sink);
  }

  @Test
  void aQueueOfAnotherSizeIsBoundedByItsOwnSize() {
    BlockingQueue<Integer> small = manager.queue(1);
    BlockingQueue<Integer> large = onOtherMember.queue(3);
    assertTrue(small.offer(1));
    assertFalse(small.offer(2));
    assertTrue(large.offer(1) && large.offer(2) && large.offer(3));
    assertFalse(large.offer(4));
    assertThrows(IllegalArgumentException.class, () -> manager.queue(0));
    BlockingQueue<Integer> sameSizeElsewhere = onOtherMember.queue(1);
    assertTrue(
        sameSizeElsewhere.offer(1) && !sameSizeElsewhere.offer(2), "the size's config again");
  }

  @Test
  void anInterruptedTakeLosesNoItem() throws Exception {
    BlockingQueue<String> queue = manager.queue();
    CompletableFuture<Throwable> taker = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                taker.complete(new AssertionError("took " + queue.take()));
              } catch (Throwable e) {
                taker.complete(e);
              }
            });
    thread.start();
    Thread.sleep(200);
    thread.interrupt();
    assertTrue(taker.get(30, TimeUnit.SECONDS) instanceof InterruptedException);
    thread.join();
    queue.put("kept");
    Thread.sleep(300);
    assertEquals("kept", queue.poll(1, TimeUnit.SECONDS), "the interrupted take took nothing");
  }

  @Test
  void aClientMakesBoundedQueuesToo(LoopbackCluster cluster) {
    HazelcastInstance client = cluster.newClient();
    try (ClusterManager onClient = ClusterManager.over(client, cluster.name, cluster.authkey)) {
      BlockingQueue<String> queue = onClient.queue(2);
      assertTrue(queue.offer("a") && queue.offer("b"));
      assertFalse(queue.offer("c"), "a client's dynamic queue config bounds it");
    } finally {
      client.getLifecycleService().terminate();
    }
  }

  private static long millisSince(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }

  /** Python's assertTimingAlmostEqual, with room for a loaded machine above, none below. */
  private static void assertTimeAbout(long expectedMillis, long actualMillis) {
    assertTrue(
        actualMillis >= expectedMillis - 20 && actualMillis < expectedMillis + 2_000,
        "waited " + actualMillis + " ms for a timeout of " + expectedMillis + " ms");
  }
}
