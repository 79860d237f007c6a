package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.spi.QueueHandles;
import io.github.multiproc.testing.BasicWorkersProcesses;
import io.github.multiproc.testing.ChildCleanup;
import io.github.multiproc.testing.QueueWorkers;
import io.github.multiproc.testing.QueueWorkersProcesses;
import io.github.multiproc.wire.WireInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Queues shared by real child JVMs. */
class ProcessQueueProcessesTest {
  private static final int PER_PRODUCER = 100_000;
  private final List<ChildProcess<?>> started = new ArrayList<>();

  @AfterEach
  void killLeftovers() {
    for (ChildProcess<?> p : started) {
      p.kill();
    }
    ChildCleanup.killDescendants();
  }

  private <R> ChildProcess<R> start(ChildProcess<R> p) {
    started.add(p);
    p.start();
    return p;
  }

  @Test
  @Timeout(90)
  void fourProducersAndFourConsumersMoveEveryItemOnceThroughAnUnboundedQueue() throws Exception {
    try (ProcessQueue<Object> q = ProcessQueue.create()) {
      moveEveryItemOnce(q);
    }
  }

  @Test
  @Timeout(90)
  void fourProducersAndFourConsumersMoveEveryItemOnceThroughABoundedQueue() throws Exception {
    try (ProcessQueue<Object> q = ProcessQueue.create(1000)) {
      moveEveryItemOnce(q);
      assertEquals(1000, q.remainingCapacity());
    }
  }

  @Test
  @Timeout(60)
  void aSpawnedChildSetsUpSocketsAheadOnlyWhenItsArgumentsUseThem() throws Exception {
    try (ProcessQueue<Object> q = ProcessQueue.create()) {
      ChildProcess<Boolean> withQueue =
          start(QueueWorkersProcesses.socketSetUpBeforeUse(q).startMethod(StartMethod.SPAWN));
      assertTrue(withQueue.result(), "a child passed a queue did not set its sockets up ahead");
      assertEquals("used", q.poll(10, TimeUnit.SECONDS));
    }
    ChildProcess<Boolean> plain =
        start(BasicWorkersProcesses.socketSetUpDone(300).startMethod(StartMethod.SPAWN));
    assertFalse(plain.result(), "a child passed no socket handle set sockets up all the same");
  }

  @Test
  @Timeout(60)
  void anEmptyOptionalEndsAConsumerAsPythonsPutNoneDoes() throws Exception {
    try (ProcessQueue<Object> q = ProcessQueue.create()) {
      NullPointerException refused = assertThrows(NullPointerException.class, () -> q.put(null));
      assertTrue(refused.getMessage().contains("put Optional.empty()"), refused.getMessage());
      ChildProcess<String> consumer = start(QueueWorkersProcesses.takeUntilEmpty(q));
      q.put(Optional.of("a"));
      q.put(Optional.of("b"));
      q.put(Optional.empty());
      q.put(Optional.of("after the end"));
      assertEquals("a,b", consumer.result());
      assertEquals(0, consumer.exitCode());
      assertEquals(Optional.of("after the end"), q.poll(10, TimeUnit.SECONDS));
    }
  }

  private void moveEveryItemOnce(ProcessQueue<Object> q) throws Exception {
    int producers = 4;
    int consumers = 4;
    int total = producers * PER_PRODUCER;
    long t0 = System.nanoTime();
    List<ChildProcess<long[]>> takers = new ArrayList<>();
    for (int i = 0; i < consumers; i++) {
      takers.add(start(QueueWorkersProcesses.consume(q, total, 0)));
    }
    List<ChildProcess<Void>> putters = new ArrayList<>();
    for (int i = 0; i < producers; i++) {
      putters.add(start(QueueWorkersProcesses.produce(q, (long) i * PER_PRODUCER, PER_PRODUCER)));
    }
    for (ChildProcess<Void> p : putters) {
      p.join();
      assertEquals(0, p.exitCode());
    }
    for (int i = 0; i < consumers; i++) {
      q.put(QueueWorkers.PILL);
    }
    BitSet union = new BitSet(total);
    long received = 0;
    for (ChildProcess<long[]> c : takers) {
      long[] result = c.result();
      BitSet seen = BitSet.valueOf(java.util.Arrays.copyOfRange(result, 1, result.length));
      assertEquals(result[0], seen.cardinality(), "a consumer received an item twice");
      assertFalse(union.intersects(seen), "two consumers received the same item");
      union.or(seen);
      received += result[0];
    }
    assertEquals(total, received);
    assertEquals(total, union.cardinality());
    assertTrue(q.isEmpty());
    System.out.printf("4x4 %s: %d items in %.1f s%n", q, total, (System.nanoTime() - t0) / 1e9);
  }

  /**
   * A consumer slower than {@code Prefetch.FAST_NANOS} per item gets one item per batch, so it can
   * have received at most one item it had not acknowledged: the one it was working on.
   */
  @Test
  @Timeout(60)
  void aKilledConsumerLosesNoItemAndItsInFlightItemGoesBack(@TempDir Path dir) throws Exception {
    int both = killAConsumer(dir, 3000, 1, 100, true);
    assertTrue(both <= 1, "items received by the victim and again by a survivor: " + both);
  }

  /**
   * A fast consumer prefetches batches; killed mid-batch, it loses nothing: the owner puts back,
   * in order, every item it handed out and the victim did not acknowledge. Only the items the
   * victim took since its last request come again (at-least-once for those, as documented): the
   * last ones it took, at most the largest batch.
   */
  @Test
  @Timeout(90)
  void aConsumerKilledMidBatchLosesNothingAndOnlyItsLastTakenItemsComeAgain(@TempDir Path dir)
      throws Exception {
    int both = killAConsumer(dir, 60_000, 0, 2000, false);
    assertTrue(
        both <= 1024,
        "more than the largest batch (QueueService.MAX_BATCH_ITEMS) came" + " again: " + both);
  }

  /**
   * Starts a victim that takes and logs each item to a file, kills it after {@code killAfter}
   * lines, lets two survivors take the rest and checks that every item was taken, no survivor
   * took one twice, and the items taken by both the victim and a survivor are exactly the last
   * ones the victim logged. Returns how many those are.
   */
  private int killAConsumer(
      Path dir, int total, long victimSleepMillis, int killAfter, boolean survivorsAlongside)
      throws Exception {
    try (ProcessQueue<Object> q = ProcessQueue.create()) {
      for (long i = 0; i < total; i++) {
        q.put(i);
      }
      Path file = dir.resolve("victim.txt");
      ChildProcess<Void> victim =
          start(QueueWorkersProcesses.victim(q, file.toString(), victimSleepMillis));
      List<ChildProcess<long[]>> survivors = new ArrayList<>();
      if (survivorsAlongside) {
        for (int i = 0; i < 2; i++) {
          survivors.add(start(QueueWorkersProcesses.consume(q, total, 1)));
        }
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (lines(file).size() < killAfter && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      victim.kill();
      victim.join();
      assertEquals(-9, victim.exitCode());
      if (!survivorsAlongside) {
        for (int i = 0; i < 2; i++) {
          survivors.add(start(QueueWorkersProcesses.consume(q, total, 0)));
        }
      }
      Thread.sleep(200); // the survivors keep taking meanwhile
      for (int i = 0; i < survivors.size(); i++) {
        q.put(QueueWorkers.PILL);
      }
      BitSet bySurvivors = new BitSet(total);
      long received = 0;
      for (ChildProcess<long[]> c : survivors) {
        long[] result = c.result();
        BitSet seen = BitSet.valueOf(java.util.Arrays.copyOfRange(result, 1, result.length));
        assertEquals(result[0], seen.cardinality());
        assertFalse(bySurvivors.intersects(seen), "two survivors received the same item");
        bySurvivors.or(seen);
        received += result[0];
      }
      List<String> logged = lines(file);
      Set<Long> byVictim = new HashSet<>();
      for (String line : logged) {
        assertTrue(byVictim.add(Long.parseLong(line)), "the victim received an item twice");
      }
      assertTrue(byVictim.size() >= killAfter);
      int both = 0;
      BitSet all = (BitSet) bySurvivors.clone();
      for (long item : byVictim) {
        if (bySurvivors.get((int) item)) {
          both++;
        }
        all.set((int) item);
      }
      assertEquals(total, all.cardinality(), "an item was lost");
      assertEquals(total, received + byVictim.size() - both);
      for (String line : logged.subList(logged.size() - both, logged.size())) {
        assertTrue(
            bySurvivors.get(Integer.parseInt(line)),
            "an item came again that the victim"
                + " had taken before its last request (it was acknowledged): "
                + line);
      }
      System.out.printf(
          "killed consumer: took %d of %d, %d of them taken again%n", byVictim.size(), total, both);
      assertTrue(q.isEmpty());
      return both;
    }
  }

  /** Two consumers of one producer both get items: a prefetching one does not take them all. */
  @Test
  @Timeout(90)
  void twoConsumersBothReceiveItemsFromOneProducer() throws Exception {
    int total = 200_000; // enough that one consumer cannot take them all before the other starts
    try (ProcessQueue<Object> ready = ProcessQueue.create();
        ProcessQueue<Object> q = ProcessQueue.create()) {
      List<ChildProcess<long[]>> consumers = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        consumers.add(start(QueueWorkersProcesses.consumeAfterReady(ready, q, total)));
      }
      for (int i = 0; i < 2; i++) {
        assertEquals("ready", ready.poll(Duration.ofSeconds(30)));
      }
      for (long i = 0; i < total; i++) {
        q.put(i);
      }
      for (int i = 0; i < 2; i++) {
        q.put(QueueWorkers.PILL); // one may prefetch both: it gives the other back at exit
      }
      BitSet union = new BitSet(total);
      long[] counts = new long[2];
      for (int i = 0; i < 2; i++) {
        long[] result = consumers.get(i).result();
        BitSet seen = BitSet.valueOf(java.util.Arrays.copyOfRange(result, 1, result.length));
        assertEquals(result[0], seen.cardinality());
        assertFalse(union.intersects(seen), "two consumers received the same item");
        union.or(seen);
        counts[i] = result[0];
      }
      assertEquals(total, union.cardinality());
      assertTrue(
          counts[0] > 0 && counts[1] > 0,
          "one consumer got nothing: " + counts[0] + " + " + counts[1]);
      System.out.printf("two consumers: %d + %d items%n", counts[0], counts[1]);
    }
  }

  /**
   * A consumer that ends normally gives back what it prefetched and did not take: the owner has
   * exactly the untaken items again, in their order.
   */
  @Test
  @Timeout(60)
  void aCleanConsumerExitGivesBackItsUntakenPrefetchedItems() throws Exception {
    int total = 5000;
    int k = 300;
    try (ProcessQueue<Object> q = ProcessQueue.create();
        ProcessQueue<Object> report = ProcessQueue.create();
        ProcessQueue<Object> hold = ProcessQueue.create()) {
      for (long i = 0; i < total; i++) {
        q.put(i);
      }
      ChildProcess<Void> child = start(QueueWorkersProcesses.takeAndHold(q, k, report, hold));
      long[] taken = (long[]) report.poll(Duration.ofSeconds(30));
      for (int i = 0; i < k; i++) {
        assertEquals(i, taken[i]);
      }
      int prefetched = total - k - q.size();
      assertTrue(prefetched >= 0, "the owner holds more than it should: " + q.size());
      hold.put("go");
      child.join();
      assertEquals(0, child.exitCode());
      assertEquals(total - k, q.size(), "the prefetched items did not all come back");
      List<Object> left = new ArrayList<>(q);
      for (int i = 0; i < left.size(); i++) {
        assertEquals((long) (k + i), left.get(i));
      }
      System.out.printf(
          "clean exit: the consumer held %d prefetched items, all given back%n", prefetched);
    }
  }

  /**
   * A bounded queue hands a remote consumer one item per request, so its capacity still counts
   * every item no consumer has received: after a consumer took 2 of 5, exactly 2 more fit.
   */
  @Test
  @Timeout(60)
  void aBoundedQueueKeepsItsCapacityWithARemoteConsumer() throws Exception {
    try (ProcessQueue<Object> q = ProcessQueue.create(5);
        ProcessQueue<Object> report = ProcessQueue.create();
        ProcessQueue<Object> hold = ProcessQueue.create()) {
      for (long i = 0; i < 5; i++) {
        q.put(i);
      }
      assertFalse(q.offer(99L));
      ChildProcess<Void> child = start(QueueWorkersProcesses.takeAndHold(q, 2, report, hold));
      long[] taken = (long[]) report.poll(Duration.ofSeconds(30));
      assertEquals(0, taken[0]);
      assertEquals(1, taken[1]);
      assertEquals(3, q.size(), "a consumer of a bounded queue must not prefetch");
      assertEquals(2, q.remainingCapacity());
      assertTrue(q.offer(5L));
      assertTrue(q.offer(6L));
      assertFalse(q.offer(7L, Duration.ofMillis(50)));
      hold.put("go");
      child.join();
      assertEquals(0, child.exitCode());
      assertEquals(List.of(2L, 3L, 4L, 5L, 6L), new ArrayList<>(q));
    }
  }

  private static List<String> lines(Path file) throws java.io.IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<String> complete = new ArrayList<>();
    String text = Files.readString(file);
    int start = 0;
    for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      complete.add(text.substring(start, nl));
      start = nl + 1;
    }
    return complete;
  }

  @Test
  @Timeout(60)
  void timedCallsInAChildWaitAboutTheirTimeout() throws Exception {
    try (ProcessQueue<Object> empty = ProcessQueue.create();
        ProcessQueue<Object> full = ProcessQueue.create(1)) {
      full.put("only");
      long[] r = start(QueueWorkersProcesses.timeouts(empty, full, 300)).result();
      assertEquals(1, r[0], "poll on an empty queue gave an item");
      assertTrue(r[1] >= 290 && r[1] < 3000, "poll waited " + r[1] + " ms");
      assertEquals(0, r[2], "offer on a full queue succeeded");
      assertTrue(r[3] >= 290 && r[3] < 3000, "offer waited " + r[3] + " ms");
      assertEquals(List.of("only"), new ArrayList<>(full));
    }
  }

  @Test
  @Timeout(60)
  void ownerCloseWakesAWaitingChildAndLaterCallsFailFast() throws Exception {
    try (ProcessQueue<Object> ready = ProcessQueue.create()) {
      ProcessQueue<Object> q = ProcessQueue.create();
      ChildProcess<String> child = start(QueueWorkersProcesses.takeUntilClosed(ready, q));
      assertEquals("ready", ready.poll(Duration.ofSeconds(30)));
      Thread.sleep(300); // let the child block in take()
      q.close();
      String[] parts = child.result().split("\\|");
      assertTrue(parts[0].contains("closed by its owner"), parts[0]);
      assertTrue(parts[1].contains("closed by its owner"), parts[1]);
      assertTrue(Long.parseLong(parts[2]) < 2000, "the late put took " + parts[2] + " ms");
      IllegalStateException local = assertThrows(IllegalStateException.class, () -> q.put("x"));
      assertTrue(local.getMessage().contains("closed by its owner"));
    }
  }

  @Test
  @Timeout(60)
  void callsFailFastWhenTheOwnerProcessDies() throws Exception {
    try (ProcessQueue<Object> handles = ProcessQueue.create()) {
      ChildProcess<Void> owner = start(QueueWorkersProcesses.ownQueue(handles));
      byte[] bytes = (byte[]) handles.poll(Duration.ofSeconds(30));
      ProcessQueue<Object> theirs = QueueHandles.<Object>queue().decode(new WireInput(bytes));
      assertEquals("from the child's queue", theirs.take()); // connects lazily, to the child's hub
      CompletableFuture<Object> waiting =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return theirs.take();
                } catch (Exception e) {
                  return e;
                }
              });
      Thread.sleep(300);
      owner.kill();
      Object outcome = waiting.get(10, TimeUnit.SECONDS);
      assertTrue(outcome instanceof IllegalStateException, String.valueOf(outcome));
      assertTrue(
          ((Exception) outcome).getMessage().contains("pid " + owner.pid()),
          ((Exception) outcome).getMessage());
      long t0 = System.nanoTime();
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> theirs.put("x"));
      assertTrue(e.getMessage().contains("is gone"), e.getMessage());
      assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(2));
      theirs.close();
    }
  }

  @Test
  @Timeout(60)
  void joinableQueueJoinsAcrossProcesses() throws Exception {
    try (JoinableProcessQueue<Object> q = JoinableProcessQueue.create()) {
      for (int i = 0; i < 50; i++) {
        q.put("task " + i);
      }
      assertFalse(q.join(Duration.ofMillis(100)));
      ChildProcess<String> worker = start(QueueWorkersProcesses.joinableConsume(q, 50));
      assertTrue(q.join(Duration.ofSeconds(30)));
      assertTrue(worker.result().contains("too many times"), worker.result());
      q.join(); // returns at once: nothing unfinished
    }
  }

  /** Two prefetching consumers mark every task done; join() returns once all are. */
  @Test
  @Timeout(90)
  void joinableQueueJoinsWithTwoPrefetchingConsumers() throws Exception {
    int tasks = 5000;
    try (JoinableProcessQueue<Object> q = JoinableProcessQueue.create()) {
      List<ChildProcess<Integer>> workers = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        workers.add(start(QueueWorkersProcesses.joinableUntilPill(q)));
      }
      for (long i = 0; i < tasks; i++) {
        q.put(i);
      }
      for (int i = 0; i < 2; i++) {
        q.put(QueueWorkers.PILL);
      }
      assertTrue(q.join(Duration.ofSeconds(60)), "join() did not complete");
      int done = 0;
      for (ChildProcess<Integer> w : workers) {
        done += w.result();
      }
      assertEquals(tasks, done);
      assertTrue(q.join(Duration.ZERO));
      assertThrows(IllegalStateException.class, q::taskDone); // nothing left to mark done
    }
  }

  @Test
  @Timeout(60)
  void simpleQueueRelaysThroughAChild() throws Exception {
    try (SimpleProcessQueue<Object> in = SimpleProcessQueue.create();
        SimpleProcessQueue<Object> out = SimpleProcessQueue.create()) {
      assertTrue(in.isEmpty());
      ChildProcess<Integer> relay = start(QueueWorkersProcesses.simpleRelay(in, out));
      for (int i = 0; i < 100; i++) {
        in.put(i);
      }
      in.put("stop");
      for (int i = 0; i < 100; i++) {
        assertEquals("relayed " + i, out.take());
      }
      assertEquals(100, relay.result());
      assertNull(out.poll(Duration.ofMillis(50)));
      assertTrue(out.isEmpty());
    }
  }

  /**
   * py_bench's {@code queue_items_per_s}: the parent (the owner) puts n small ints and one child
   * takes them; timed from the first put until the child has taken all and been joined. Median of
   * several runs, printed; never asserted.
   */
  @Test
  @Timeout(180)
  void throughputParentToOneConsumerLikePyBench() throws Exception {
    int n = Integer.getInteger("multiproc.queueBenchItems", 100_000);
    int runs = Integer.getInteger("multiproc.queueBenchRuns", 5);
    double[] rates = new double[runs];
    for (int run = 0; run < runs; run++) {
      try (ProcessQueue<Object> q = ProcessQueue.create()) {
        ChildProcess<long[]> consumer = start(QueueWorkersProcesses.timedConsume(q, n));
        long t0 = System.nanoTime();
        for (long i = 0; i < n; i++) {
          q.put(i);
        }
        consumer.join();
        long elapsed = System.nanoTime() - t0;
        assertEquals(0, consumer.exitCode());
        assertEquals((long) n * (n - 1) / 2, consumer.result()[1]);
        rates[run] = n / (elapsed / 1e9);
      }
    }
    double[] sorted = rates.clone();
    java.util.Arrays.sort(sorted);
    System.out.printf(
        "queue_items_per_s (parent -> 1 child, n=%d): median %.0f items/s of %s%n",
        n,
        sorted[runs / 2],
        java.util.Arrays.toString(java.util.Arrays.stream(rates).mapToLong(Math::round).toArray()));
  }

  /** Items/s from one producer process to one consumer process (printed; correctness asserted). */
  @Test
  @Timeout(120)
  void throughputOneProducerToOneConsumer() throws Exception {
    int n = Integer.getInteger("multiproc.queueBenchItems", 200_000);
    try (ProcessQueue<Object> q = ProcessQueue.create()) {
      ChildProcess<long[]> consumer = start(QueueWorkersProcesses.timedConsume(q, n));
      ChildProcess<Void> producer = start(QueueWorkersProcesses.produce(q, 0, n));
      long[] r = consumer.result();
      producer.join();
      assertEquals((long) n * (n - 1) / 2, r[1]);
      System.out.printf(
          "queue throughput 1 producer -> 1 consumer: %d items in %.3f s = %.0f" + " items/s%n",
          n, r[0] / 1e9, (n - 1) / (r[0] / 1e9));
    }
  }
}
