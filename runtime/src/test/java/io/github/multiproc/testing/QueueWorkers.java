package io.github.multiproc.testing;

import io.github.multiproc.JoinableProcessQueue;
import io.github.multiproc.ProcessQueue;
import io.github.multiproc.SimpleProcessQueue;
import io.github.multiproc.annotation.Worker;
import io.github.multiproc.internal.process.SocketSetUp;
import io.github.multiproc.spi.QueueHandles;
import io.github.multiproc.wire.WireOutput;
import java.io.FileWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;

/**
 * The "user code" of the tests of queues passed to children: the processor generates
 * {@code QueueWorkers_Launcher} and the factories {@code QueueWorkersProcesses} from it.
 */
public final class QueueWorkers {
  /** What consumers stop at. */
  public static final Long PILL = -1L;

  private QueueWorkers() {}

  /**
   * Waits, without touching {@code q}, for the socket set-up a child with a queue argument starts
   * in the background; true once done, false after 10 s. Then uses the queue.
   */
  @Worker
  public static boolean socketSetUpBeforeUse(ProcessQueue<Object> q) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!SocketSetUp.done() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    boolean done = SocketSetUp.done();
    q.put("used");
    return done;
  }

  /** Puts {@code count} longs from {@code first} on. */
  @Worker
  public static void produce(BlockingQueue<Object> q, long first, int count)
      throws InterruptedException {
    for (int i = 0; i < count; i++) {
      q.put(first + i);
    }
  }

  /** Takes until {@link #PILL}; returns {count, bitset of the items seen...}. */
  @Worker
  public static long[] consume(ProcessQueue<Object> q, int bits, long sleepMillis)
      throws InterruptedException {
    long[] seen = new long[1 + (bits + 63) / 64];
    while (true) {
      Object item = q.take();
      if (PILL.equals(item)) {
        return seen;
      }
      long n = (Long) item;
      seen[0]++;
      seen[1 + (int) (n >>> 6)] |= 1L << n;
      if (sleepMillis > 0) {
        Thread.sleep(sleepMillis);
      }
    }
  }

  /** Takes forever, writing each item to {@code file} at once; the test kills it. */
  @Worker
  public static void victim(ProcessQueue<Object> q, String file, long sleepMillis)
      throws InterruptedException, IOException {
    try (Writer out = new FileWriter(file)) {
      while (true) {
        Object item = q.take();
        out.write(item + "\n");
        out.flush();
        if (sleepMillis > 0) {
          Thread.sleep(sleepMillis);
        }
      }
    }
  }

  /**
   * Takes {@code k} items, reports them (a long[]) on {@code report}, waits for anything on
   * {@code hold}, then ends normally: what it prefetched and did not take goes back at exit.
   */
  @Worker
  public static void takeAndHold(
      ProcessQueue<Object> q, int k, ProcessQueue<Object> report, ProcessQueue<Object> hold)
      throws InterruptedException {
    long[] taken = new long[k];
    for (int i = 0; i < k; i++) {
      taken[i] = (Long) q.take();
    }
    report.put(taken);
    hold.take();
  }

  /** Takes and marks done until {@link #PILL} (also marked done); returns the tasks before it. */
  @Worker
  public static int joinableUntilPill(JoinableProcessQueue<Object> q) throws InterruptedException {
    int n = 0;
    while (true) {
      Object item = q.take();
      q.taskDone();
      if (PILL.equals(item)) {
        return n;
      }
      n++;
    }
  }

  /** {pollGaveNull, pollMillis, offerResult, offerMillis} against the owner's queues. */
  @Worker
  public static long[] timeouts(ProcessQueue<Object> empty, ProcessQueue<Object> full, long millis)
      throws InterruptedException {
    long t0 = System.nanoTime();
    Object polled = empty.poll(java.time.Duration.ofMillis(millis));
    long t1 = System.nanoTime();
    boolean offered = full.offer("more", java.time.Duration.ofMillis(millis));
    long t2 = System.nanoTime();
    return new long[] {
      polled == null ? 1 : 0, (t1 - t0) / 1_000_000, offered ? 1 : 0, (t2 - t1) / 1_000_000
    };
  }

  /**
   * Says it is ready, then takes and puts on {@code q}, which the parent closes meanwhile:
   * "{take}|{put}|{ms the put took}".
   */
  @Worker
  public static String takeUntilClosed(ProcessQueue<Object> ready, ProcessQueue<Object> q)
      throws InterruptedException {
    ready.put("ready");
    String first;
    try {
      first = "took " + q.take();
    } catch (IllegalStateException e) {
      first = e.getMessage();
    }
    long t0 = System.nanoTime();
    String second;
    try {
      q.put("late");
      second = "put worked";
    } catch (IllegalStateException e) {
      second = e.getMessage();
    }
    return first + "|" + second + "|" + (System.nanoTime() - t0) / 1_000_000;
  }

  /** Creates a queue this child owns, sends its handle home as bytes, then waits to be killed. */
  @Worker
  public static void ownQueue(ProcessQueue<Object> out) throws InterruptedException {
    ProcessQueue<Object> mine = ProcessQueue.create();
    mine.put("from the child's queue");
    WireOutput handle = new WireOutput();
    QueueHandles.<Object>queue().encode(handle, mine);
    out.put(handle.toByteArray());
    Thread.sleep(120_000);
  }

  /**
   * Takes and marks done {@code n} items, then one {@code taskDone} too many: returns its error.
   */
  @Worker
  public static String joinableConsume(JoinableProcessQueue<Object> q, int n)
      throws InterruptedException {
    for (int i = 0; i < n; i++) {
      q.take();
      q.taskDone();
    }
    try {
      q.taskDone();
      return "no error";
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
  }

  /** Relays each item as "relayed {item}" until "stop"; returns how many. */
  @Worker
  public static int simpleRelay(SimpleProcessQueue<Object> in, SimpleProcessQueue<Object> out)
      throws InterruptedException {
    int n = 0;
    while (true) {
      Object item = in.take();
      if ("stop".equals(item)) {
        return n;
      }
      out.put("relayed " + item);
      n++;
    }
  }

  /**
   * Python's {@code for x in iter(q.get, None)} in Java: takes {@code Optional}s until an empty
   * one (the README's end marker); returns what it took, joined with commas.
   */
  @Worker
  public static String takeUntilEmpty(ProcessQueue<Object> q) throws InterruptedException {
    List<String> taken = new ArrayList<>();
    for (Optional<?> item = (Optional<?>) q.take();
        item.isPresent();
        item = (Optional<?>) q.take()) {
      taken.add((String) item.get());
    }
    return String.join(",", taken);
  }

  /** Takes {@code n} items; returns {nanos from first to last item, checksum}. */
  @Worker
  public static long[] timedConsume(ProcessQueue<Object> q, int n) throws InterruptedException {
    long entry = System.nanoTime();
    long sum = (Long) q.take();
    long t0 = System.nanoTime();
    for (int i = 1; i < n; i++) {
      sum += (Long) q.take();
    }
    long end = System.nanoTime();
    return new long[] {end - t0, sum, entry, t0, end};
  }

  /** Puts "ready" into {@code ready}, then consumes as {@link #consume} does, without a pause. */
  @Worker
  public static long[] consumeAfterReady(
      ProcessQueue<Object> ready, ProcessQueue<Object> q, int bits) throws InterruptedException {
    ready.put("ready");
    return consume(q, bits, 0);
  }
}
