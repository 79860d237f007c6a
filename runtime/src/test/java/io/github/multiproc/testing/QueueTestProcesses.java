package io.github.multiproc.testing;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.JoinableProcessQueue;
import io.github.multiproc.ProcessQueue;
import io.github.multiproc.SimpleProcessQueue;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.spi.QueueHandles;
import io.github.multiproc.spi.WorkerCall;
import java.util.concurrent.BlockingQueue;

/** A hand-written factory, in the generated shape, for {@link QueueTestLauncher}. */
public final class QueueTestProcesses {
  private QueueTestProcesses() {}

  public static ChildProcess<Void> produce(BlockingQueue<Object> q, long first, int count) {
    return WorkerCall.to(QueueTestLauncher.class,
            "produce(java.util.concurrent.BlockingQueue,long,int)", Codecs.VOID)
        .arguments(out -> {
          QueueHandles.blockingQueue().encode(out, q);
          out.writeLong(first);
          out.writeInt(count);
        })
        .newProcess();
  }

  public static ChildProcess<long[]> consume(ProcessQueue<Object> q, int bits, long sleepMillis) {
    return WorkerCall.to(QueueTestLauncher.class, "consume(io.github.multiproc.ProcessQueue,int,long)",
            Codecs.LONG_ARRAY)
        .arguments(out -> {
          QueueHandles.<Object>queue().encode(out, q);
          out.writeInt(bits);
          out.writeLong(sleepMillis);
        })
        .newProcess();
  }

  public static ChildProcess<Void> victim(ProcessQueue<Object> q, String file, long sleepMillis) {
    return WorkerCall.to(QueueTestLauncher.class,
            "victim(io.github.multiproc.ProcessQueue,java.lang.String,long)", Codecs.VOID)
        .arguments(out -> {
          QueueHandles.<Object>queue().encode(out, q);
          Codecs.STRING.encode(out, file);
          out.writeLong(sleepMillis);
        })
        .newProcess();
  }

  public static ChildProcess<Void> takeAndHold(ProcessQueue<Object> q, int k,
      ProcessQueue<Object> report, ProcessQueue<Object> hold) {
    return WorkerCall.to(QueueTestLauncher.class,
            "takeAndHold(io.github.multiproc.ProcessQueue,int,io.github.multiproc.ProcessQueue,"
                + "io.github.multiproc.ProcessQueue)", Codecs.VOID)
        .arguments(out -> {
          QueueHandles.<Object>queue().encode(out, q);
          out.writeInt(k);
          QueueHandles.<Object>queue().encode(out, report);
          QueueHandles.<Object>queue().encode(out, hold);
        })
        .newProcess();
  }

  public static ChildProcess<long[]> consumeAfterReady(
      ProcessQueue<Object> ready, ProcessQueue<Object> q, int bits) {
    return WorkerCall.to(QueueTestLauncher.class,
            "consumeAfterReady(io.github.multiproc.ProcessQueue,io.github.multiproc.ProcessQueue,int)",
            Codecs.LONG_ARRAY)
        .arguments(out -> {
          QueueHandles.<Object>queue().encode(out, ready);
          QueueHandles.<Object>queue().encode(out, q);
          out.writeInt(bits);
        })
        .newProcess();
  }

  public static ChildProcess<Integer> joinableUntilPill(JoinableProcessQueue<Object> q) {
    return WorkerCall.to(QueueTestLauncher.class,
            "joinableUntilPill(io.github.multiproc.JoinableProcessQueue)", Codecs.INTEGER)
        .arguments(out -> QueueHandles.<Object>joinableQueue().encode(out, q))
        .newProcess();
  }

  public static ChildProcess<long[]> timeouts(
      ProcessQueue<Object> empty, ProcessQueue<Object> full, long millis) {
    return WorkerCall.to(QueueTestLauncher.class,
            "timeouts(io.github.multiproc.ProcessQueue,io.github.multiproc.ProcessQueue,long)",
            Codecs.LONG_ARRAY)
        .arguments(out -> {
          QueueHandles.<Object>queue().encode(out, empty);
          QueueHandles.<Object>queue().encode(out, full);
          out.writeLong(millis);
        })
        .newProcess();
  }

  public static ChildProcess<String> takeUntilClosed(
      ProcessQueue<Object> ready, ProcessQueue<Object> q) {
    return WorkerCall.to(QueueTestLauncher.class,
            "takeUntilClosed(io.github.multiproc.ProcessQueue,io.github.multiproc.ProcessQueue)",
            Codecs.STRING)
        .arguments(out -> {
          QueueHandles.<Object>queue().encode(out, ready);
          QueueHandles.<Object>queue().encode(out, q);
        })
        .newProcess();
  }

  public static ChildProcess<Boolean> socketSetUpBeforeUse(ProcessQueue<Object> q) {
    return WorkerCall.to(QueueTestLauncher.class,
            "socketSetUpBeforeUse(io.github.multiproc.ProcessQueue)", Codecs.BOOLEAN)
        .arguments(out -> QueueHandles.<Object>queue().encode(out, q))
        .newProcess();
  }

  public static ChildProcess<Void> ownQueue(ProcessQueue<Object> out) {
    return WorkerCall.to(QueueTestLauncher.class, "ownQueue(io.github.multiproc.ProcessQueue)",
            Codecs.VOID)
        .arguments(o -> QueueHandles.<Object>queue().encode(o, out))
        .newProcess();
  }

  public static ChildProcess<String> joinableConsume(JoinableProcessQueue<Object> q, int n) {
    return WorkerCall.to(QueueTestLauncher.class,
            "joinableConsume(io.github.multiproc.JoinableProcessQueue,int)", Codecs.STRING)
        .arguments(out -> {
          QueueHandles.<Object>joinableQueue().encode(out, q);
          out.writeInt(n);
        })
        .newProcess();
  }

  public static ChildProcess<Integer> simpleRelay(
      SimpleProcessQueue<Object> in, SimpleProcessQueue<Object> out) {
    return WorkerCall.to(QueueTestLauncher.class,
            "simpleRelay(io.github.multiproc.SimpleProcessQueue,io.github.multiproc.SimpleProcessQueue)",
            Codecs.INTEGER)
        .arguments(o -> {
          QueueHandles.<Object>simpleQueue().encode(o, in);
          QueueHandles.<Object>simpleQueue().encode(o, out);
        })
        .newProcess();
  }

  public static ChildProcess<String> takeUntilEmpty(ProcessQueue<Object> q) {
    return WorkerCall.to(QueueTestLauncher.class, "takeUntilEmpty(io.github.multiproc.ProcessQueue)",
            Codecs.STRING)
        .arguments(out -> QueueHandles.<Object>queue().encode(out, q))
        .newProcess();
  }

  public static ChildProcess<long[]> timedConsume(ProcessQueue<Object> q, int n) {
    return WorkerCall.to(QueueTestLauncher.class, "timedConsume(io.github.multiproc.ProcessQueue,int)",
            Codecs.LONG_ARRAY)
        .arguments(out -> {
          QueueHandles.<Object>queue().encode(out, q);
          out.writeInt(n);
        })
        .newProcess();
  }
}
