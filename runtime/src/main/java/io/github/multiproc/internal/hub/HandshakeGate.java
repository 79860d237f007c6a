package io.github.multiproc.internal.hub;

import static io.github.multiproc.internal.hub.Closeables.closeQuietly;

import java.io.Closeable;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The connections of one server (the hub, a {@code Listener}, a manager) that have not finished
 * their handshake yet: at most {@link #maxPending()} at a time, each closed when its handshake
 * takes longer than the server's timeout. The accept loop takes a place before it accepts, so a
 * flood of clients that never authenticate waits in the kernel's backlog instead of holding a
 * thread and a socket each in this process; the limit is {@code multiproc.maxPendingConnections}
 * (32 by default).
 */
public final class HandshakeGate implements AutoCloseable {
  private static final int DEFAULT_MAX_PENDING = 32;

  private final Semaphore places = new Semaphore(maxPending());
  private final ScheduledThreadPoolExecutor watchdog;
  private final int timeoutSeconds;
  private volatile boolean closed;

  /** A gate whose watchdog thread is named {@code threadName}. */
  public HandshakeGate(String threadName, int timeoutSeconds) {
    this.timeoutSeconds = timeoutSeconds;
    this.watchdog =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = new Thread(runnable, threadName);
              thread.setDaemon(true);
              return thread;
            });
    watchdog.setRemoveOnCancelPolicy(true);
  }

  /** The most connections a server holds before their handshake ends. */
  public static int maxPending() {
    return Limit.MAX_PENDING;
  }

  /**
   * Waits for a free place; the accept loop calls it before each accept, and gives the place back
   * with {@link #leave()} if no connection came of it.
   */
  public void enter() throws InterruptedException {
    places.acquire();
  }

  /** Gives back a place taken by {@link #enter()} that no connection used. */
  public void leave() {
    places.release();
  }

  /**
   * Starts the handshake clock of {@code connection}, which holds a place: it is closed if the
   * returned admission has not ended within the timeout.
   */
  public Admission admit(Closeable connection) {
    ScheduledFuture<?> timeout =
        closed
            ? null
            : watchdog.schedule(() -> closeQuietly(connection), timeoutSeconds, TimeUnit.SECONDS);
    return new Admission(timeout);
  }

  /** Stops the watchdog; an accept loop waiting for a place goes on and finds the server closed. */
  @Override
  public void close() {
    closed = true;
    watchdog.shutdownNow();
    places.release(maxPending());
  }

  /** One connection's place at the gate, until its handshake ends one way or the other. */
  public final class Admission {
    private final ScheduledFuture<?> timeout;
    private final AtomicBoolean ended = new AtomicBoolean();

    private Admission(ScheduledFuture<?> timeout) {
      this.timeout = timeout;
    }

    /** The handshake is over (passed or failed): stops its clock, frees its place; idempotent. */
    public void end() {
      if (ended.compareAndSet(false, true)) {
        if (timeout != null) {
          timeout.cancel(false);
        }
        places.release();
      }
    }
  }

  /** Holds the configured limit so it is parsed once, on first use. */
  private static final class Limit {
    static final int MAX_PENDING =
        Settings.positiveInt("multiproc.maxPendingConnections", DEFAULT_MAX_PENDING, "connections");
  }
}
