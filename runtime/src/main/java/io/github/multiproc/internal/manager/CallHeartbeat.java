package io.github.multiproc.internal.manager;

import io.github.multiproc.internal.pipe.SocketLink;
import java.io.IOException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The manager server's heartbeats: while a connection's thread runs a call, a frame every
 * {@link ManagerTimeouts#heartbeatNanos()} tells the client the call is still running, so the
 * client can tell a long lock or queue wait from a dead server. A heartbeat that cannot be written
 * means the client is gone: the call's thread is interrupted, so a dead client's lock or event wait
 * ends and frees the thread.
 */
final class CallHeartbeat implements AutoCloseable {
  private static final byte[] FRAME = {ManagerProtocol.HEARTBEAT};

  private final long intervalNanos = ManagerTimeouts.heartbeatNanos();
  private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
    Thread thread = new Thread(r, "multiproc-manager-heartbeat");
    thread.setDaemon(true);
    return thread;
  });

  CallHeartbeat() {
    timer.setRemoveOnCancelPolicy(true);
  }

  /** Starts the heartbeats of the call {@code caller} runs now for the client of {@code link}. */
  ScheduledFuture<?> start(SocketLink link, Thread caller) {
    return timer.scheduleWithFixedDelay(
        () -> beat(link, caller), intervalNanos, intervalNanos, TimeUnit.NANOSECONDS);
  }

  private static void beat(SocketLink link, Thread caller) {
    try {
      link.write(FRAME, 0, FRAME.length, false);
    } catch (IOException e) {
      caller.interrupt();
      try {
        link.close();
      } catch (IOException ignored) {
        // already broken
      }
      throw new IllegalStateException("the client is gone", e); // ends this heartbeat
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
