package io.github.multiproc.testing;

import io.github.multiproc.JoinableProcessQueue;
import io.github.multiproc.ProcessQueue;
import io.github.multiproc.SimpleProcessQueue;
import io.github.multiproc.internal.process.SocketSetUp;
import io.github.multiproc.spi.ChildMain;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.spi.QueueHandles;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import io.github.multiproc.spi.WorkerDispatcher;
import java.io.FileWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;

/** A hand-written launcher, in the generated shape, for the queue tests. */
public final class QueueTestLauncher implements WorkerDispatcher {
  /** What consumers stop at. */
  public static final Long PILL = -1L;

  private QueueTestLauncher() {}

  public static void main(String[] args) {
    ChildMain.run(new QueueTestLauncher(), args);
  }

  @Override
  public void dispatch(String entryKey, WireInput arguments, WireOutput result) throws Throwable {
    switch (entryKey) {
      case "produce(java.util.concurrent.BlockingQueue,long,int)": {
        BlockingQueue<Object> q = QueueHandles.blockingQueue().decode(arguments);
        long first = arguments.readLong();
        int count = arguments.readInt();
        arguments.requireFullyRead();
        Workers.produce(q, first, count);
        return;
      }
      case "consume(io.github.multiproc.ProcessQueue,int,long)": {
        ProcessQueue<Object> q = QueueHandles.<Object>queue().decode(arguments);
        int bits = arguments.readInt();
        long sleepMillis = arguments.readLong();
        arguments.requireFullyRead();
        Codecs.LONG_ARRAY.encode(result, Workers.consume(q, bits, sleepMillis));
        return;
      }
      case "victim(io.github.multiproc.ProcessQueue,java.lang.String,long)": {
        ProcessQueue<Object> q = QueueHandles.<Object>queue().decode(arguments);
        String file = Codecs.STRING.decode(arguments);
        long sleepMillis = arguments.readLong();
        arguments.requireFullyRead();
        Workers.victim(q, file, sleepMillis);
        return;
      }
      case "takeAndHold(io.github.multiproc.ProcessQueue,int,io.github.multiproc.ProcessQueue,io.github.multiproc.ProcessQueue)": {
        ProcessQueue<Object> q = QueueHandles.<Object>queue().decode(arguments);
        int k = arguments.readInt();
        ProcessQueue<Object> report = QueueHandles.<Object>queue().decode(arguments);
        ProcessQueue<Object> hold = QueueHandles.<Object>queue().decode(arguments);
        arguments.requireFullyRead();
        Workers.takeAndHold(q, k, report, hold);
        return;
      }
      case "consumeAfterReady(io.github.multiproc.ProcessQueue,io.github.multiproc.ProcessQueue,int)": {
        ProcessQueue<Object> ready = QueueHandles.<Object>queue().decode(arguments);
        ProcessQueue<Object> q = QueueHandles.<Object>queue().decode(arguments);
        int bits = arguments.readInt();
        arguments.requireFullyRead();
        ready.put("ready");
        Codecs.LONG_ARRAY.encode(result, Workers.consume(q, bits, 0));
        return;
      }
      case "joinableUntilPill(io.github.multiproc.JoinableProcessQueue)": {
        JoinableProcessQueue<Object> q = QueueHandles.<Object>joinableQueue().decode(arguments);
        arguments.requireFullyRead();
        Codecs.INTEGER.encode(result, Workers.joinableUntilPill(q));
        return;
      }
      case "timeouts(io.github.multiproc.ProcessQueue,io.github.multiproc.ProcessQueue,long)": {
        ProcessQueue<Object> empty = QueueHandles.<Object>queue().decode(arguments);
        ProcessQueue<Object> full = QueueHandles.<Object>queue().decode(arguments);
        long millis = arguments.readLong();
        arguments.requireFullyRead();
        Codecs.LONG_ARRAY.encode(result, Workers.timeouts(empty, full, millis));
        return;
      }
      case "takeUntilClosed(io.github.multiproc.ProcessQueue,io.github.multiproc.ProcessQueue)": {
        ProcessQueue<Object> ready = QueueHandles.<Object>queue().decode(arguments);
        ProcessQueue<Object> q = QueueHandles.<Object>queue().decode(arguments);
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, Workers.takeUntilClosed(ready, q));
        return;
      }
      case "ownQueue(io.github.multiproc.ProcessQueue)": {
        ProcessQueue<Object> out = QueueHandles.<Object>queue().decode(arguments);
        arguments.requireFullyRead();
        Workers.ownQueue(out);
        return;
      }
      case "joinableConsume(io.github.multiproc.JoinableProcessQueue,int)": {
        JoinableProcessQueue<Object> q = QueueHandles.<Object>joinableQueue().decode(arguments);
        int n = arguments.readInt();
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, Workers.joinableConsume(q, n));
        return;
      }
      case "simpleRelay(io.github.multiproc.SimpleProcessQueue,io.github.multiproc.SimpleProcessQueue)": {
        SimpleProcessQueue<Object> in = QueueHandles.<Object>simpleQueue().decode(arguments);
        SimpleProcessQueue<Object> out = QueueHandles.<Object>simpleQueue().decode(arguments);
        arguments.requireFullyRead();
        Codecs.INTEGER.encode(result, Workers.simpleRelay(in, out));
        return;
      }
      case "takeUntilEmpty(io.github.multiproc.ProcessQueue)": {
        ProcessQueue<Object> q = QueueHandles.<Object>queue().decode(arguments);
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, Workers.takeUntilEmpty(q));
        return;
      }
      case "timedConsume(io.github.multiproc.ProcessQueue,int)": {
        ProcessQueue<Object> q = QueueHandles.<Object>queue().decode(arguments);
        int n = arguments.readInt();
        arguments.requireFullyRead();
        Codecs.LONG_ARRAY.encode(result, Workers.timedConsume(q, n));
        return;
      }
      case "socketSetUpBeforeUse(io.github.multiproc.ProcessQueue)": {
        ProcessQueue<Object> q = QueueHandles.<Object>queue().decode(arguments);
        arguments.requireFullyRead();
        Codecs.BOOLEAN.encode(result, Workers.socketSetUpBeforeUse(q));
        return;
      }
      default:
        throw WorkerDispatcher.unknownEntry(entryKey, QueueTestLauncher.class);
    }
  }

  /** The "user code" the launcher calls. */
  static final class Workers {
    private Workers() {}

    /**
     * Waits, without touching {@code q}, for the socket set-up a child with a queue argument starts
     * in the background; true once done, false after 10 s. Then uses the queue.
     */
    static boolean socketSetUpBeforeUse(ProcessQueue<Object> q) throws InterruptedException {
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (!SocketSetUp.done() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      boolean done = SocketSetUp.done();
      q.put("used");
      return done;
    }

    static void produce(BlockingQueue<Object> q, long first, int count)
        throws InterruptedException {
      for (int i = 0; i < count; i++) {
        q.put(first + i);
      }
    }

    /** Takes until {@link #PILL}; returns {count, bitset of the items seen...}. */
    static long[] consume(ProcessQueue<Object> q, int bits, long sleepMillis)
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
    static void victim(ProcessQueue<Object> q, String file, long sleepMillis)
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
    static void takeAndHold(ProcessQueue<Object> q, int k, ProcessQueue<Object> report,
        ProcessQueue<Object> hold) throws InterruptedException {
      long[] taken = new long[k];
      for (int i = 0; i < k; i++) {
        taken[i] = (Long) q.take();
      }
      report.put(taken);
      hold.take();
    }

    /** Takes and marks done until {@link #PILL} (also marked done); returns the tasks before it. */
    static int joinableUntilPill(JoinableProcessQueue<Object> q) throws InterruptedException {
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
    static long[] timeouts(ProcessQueue<Object> empty, ProcessQueue<Object> full, long millis)
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

    static String takeUntilClosed(ProcessQueue<Object> ready, ProcessQueue<Object> q)
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
    static void ownQueue(ProcessQueue<Object> out) throws InterruptedException {
      ProcessQueue<Object> mine = ProcessQueue.create();
      mine.put("from the child's queue");
      WireOutput handle = new WireOutput();
      QueueHandles.<Object>queue().encode(handle, mine);
      out.put(handle.toByteArray());
      Thread.sleep(120_000);
    }

    static String joinableConsume(JoinableProcessQueue<Object> q, int n)
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

    static int simpleRelay(SimpleProcessQueue<Object> in, SimpleProcessQueue<Object> out)
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
    static String takeUntilEmpty(ProcessQueue<Object> q) throws InterruptedException {
      List<String> taken = new ArrayList<>();
      for (Optional<?> item = (Optional<?>) q.take(); item.isPresent();
          item = (Optional<?>) q.take()) {
        taken.add((String) item.get());
      }
      return String.join(",", taken);
    }

    /** Takes {@code n} items; returns {nanos from first to last item, checksum}. */
    static long[] timedConsume(ProcessQueue<Object> q, int n) throws InterruptedException {
      long entry = System.nanoTime();
      long sum = (Long) q.take();
      long t0 = System.nanoTime();
      for (int i = 1; i < n; i++) {
        sum += (Long) q.take();
      }
      long end = System.nanoTime();
      return new long[] {end - t0, sum, entry, t0, end};
    }
  }
}
