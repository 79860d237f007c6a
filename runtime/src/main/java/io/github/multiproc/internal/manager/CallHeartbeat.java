package io.github.multiproc.internal.manager;

import static io.github.multiproc.internal.hub.Closeables.closeQuietly;

import io.github.multiproc.internal.pipe.SocketLink;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The manager server's heartbeats: while a connection's thread runs a call, a frame about every
 * {@link ManagerTimeouts#heartbeatNanos()} tells the client the call is still running, so the
 * client can tell a long lock or queue wait from a dead server. A heartbeat that cannot be written
 * means the client is gone: the call's thread is interrupted, so a dead client's lock or event wait
 * ends and frees the thread.
 *
 * <p>One timer thread looks at every connection twice per interval, and beats for the calls that
 * have run for an interval or more. A call itself only stamps its start and end in its
 * connection's {@link Watch}: scheduling a task per call would wake the timer thread twice per
 * call, which cost a quick call (a dict lookup) about half its speed.
 */
final class CallHeartbeat implements AutoCloseable {
  private static final byte[] FRAME = {ManagerProtocol.HEARTBEAT};

  private final long intervalNanos = ManagerTimeouts.heartbeatNanos();
  private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
  private final ScheduledThreadPoolExecutor timer =
      new ScheduledThreadPoolExecutor(
          1,
          r -> {
            Thread thread = new Thread(r, "multiproc-manager-heartbeat");
            thread.setDaemon(true);
            return thread;
          });

  /** Whether the timer runs: from the first connection on, so a server never called has no thread. */
  private final AtomicBoolean started = new AtomicBoolean();

  /** Watches the calls that {@code caller} runs for the client of {@code link}. */
  Watch watch(SocketLink link, Thread caller) {
    if (started.compareAndSet(false, true)) {
      long period = Math.max(1, intervalNanos / 2);
      timer.scheduleAtFixedRate(this::beatLongCalls, period, period, TimeUnit.NANOSECONDS);
    }
    Watch watch = new Watch(link, caller);
    watches.add(watch);
    return watch;
  }

  private void beatLongCalls() {
    long now = System.nanoTime();
    for (Watch watch : watches) {
      long started = watch.callStarted;
      if (started != 0 && now - started >= intervalNanos) {
        watch.beat();
      }
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  /** One connection's calls, as its thread runs them. */
  final class Watch implements AutoCloseable {
    private final SocketLink link;
    private final Thread caller;

    /** {@link System#nanoTime()} when the running call began; 0 between calls. */
    private volatile long callStarted;

    private Watch(SocketLink link, Thread caller) {
      this.link = link;
      this.caller = caller;
    }

    /** A call begins. */
    void begin() {
      long now = System.nanoTime();
      callStarted = now == 0 ? 1 : now;
    }

    /** The call ended; its answer goes next. */
    void end() {
      callStarted = 0;
    }

    private void beat() {
      try {
        link.write(FRAME, 0, FRAME.length, false);
      } catch (IOException e) {
        watches.remove(this);
        caller.interrupt();
        closeQuietly(link);
      }
    }

    /** The connection ended. */
    @Override
    public void close() {
      watches.remove(this);
    }
  }
}
