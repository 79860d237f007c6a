package io.github.multiproc.internal.process;

import io.github.multiproc.internal.exit.ExitOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The started, unfinished children of this JVM (Python's {@code _children}) and the exit-time
 * policy for them, installed as one shutdown hook when the first child starts. Python's
 * {@code util._exit_function} terminates daemonic children and joins the rest; so does the hook:
 * daemon children get SIGTERM, up to one second to end, then SIGKILL; non-daemon children are
 * waited for without limit. That last part only matters when the JVM exits through
 * {@code System.exit} or a signal while non-daemon children still run (a normal end of
 * {@code main} already waits, because their watcher threads are non-daemon): the JVM then stays
 * until they finish, as Python does, and a stuck non-daemon child keeps it. Kill it, or make it a
 * daemon, if that is not what you want.
 *
 * <p>The hook first waits for starts in progress ({@link #beginStart}), so that no JVM launched a
 * moment before the exit escapes it. Once the exit has begun, a daemon child may not start (it
 * would be terminated at once); a non-daemon child that starts is joined like the others, until
 * the hook has joined them all, after which no child may start. The
 * hooks that remove what children use wait for this one ({@link ExitOrder}), so a child still
 * booting finds its parent's sockets and FIFOs in place.
 */
public final class ChildRegistry {
  private static final Set<RunningChild> LIVE = ConcurrentHashMap.newKeySet();
  private static volatile boolean hookInstalled;

  /** Set by the exit hook before it ends any child; read and written under the class lock. */
  private static boolean exiting;

  /** Starts between {@link #beginStart} and {@link #endStart}; under the class lock. */
  private static int starting;

  /** Set by the exit hook once every child is reaped: no child may start; under the lock. */
  private static boolean closed;

  private ChildRegistry() {}

  /**
   * Called before a child's JVM is launched or taken from the standbys; {@link #endStart} must
   * follow, once the child is {@link #add added} or the start failed. The exit hook waits for
   * the starts in progress.
   *
   * @return false if this JVM is exiting and the child is a daemon, or the exit hook has already
   *     joined every child: it must not start
   */
  static boolean beginStart(boolean daemon) {
    installHook();
    synchronized (ChildRegistry.class) {
      if (closed || (exiting && daemon)) {
        return false;
      }
      starting++;
      return true;
    }
  }

  /** Ends what {@link #beginStart} began. */
  static synchronized void endStart() {
    starting--;
    ChildRegistry.class.notifyAll();
  }

  /** Registers a child that has just been launched, between the two calls above. */
  static void add(RunningChild child) {
    LIVE.add(child);
  }

  /**
   * Whether this JVM's exit has begun (its exit hook runs): what ends now is not to be replaced,
   * e.g. a pool's workers, which the hook terminates.
   */
  public static synchronized boolean exiting() {
    return exiting;
  }

  static void remove(RunningChild child) {
    LIVE.remove(child);
  }

  /** The children launched and not yet ended, as the leak check lists them. */
  public static List<RunningChild> liveChildren() {
    List<RunningChild> live = new ArrayList<>();
    for (RunningChild child : LIVE) {
      if (child.isAlive()) {
        live.add(child);
      }
    }
    return live;
  }

  private static void installHook() {
    if (hookInstalled) {
      return;
    }
    synchronized (ChildRegistry.class) {
      if (!hookInstalled) {
        Runtime.getRuntime().addShutdownHook(new Thread(ChildRegistry::atExit, "multiproc-exit"));
        ExitOrder.childrenStarted();
        hookInstalled = true;
      }
    }
  }

  private static void atExit() {
    try {
      List<RunningChild> children;
      synchronized (ChildRegistry.class) {
        exiting = true;
        awaitStarts();
        children = new ArrayList<>(LIVE);
      }
      endDaemons(children);
      joinNonDaemons();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      ExitOrder.childrenEnded();
    }
  }

  /** SIGTERM, up to one second for all of them, then SIGKILL for those left. */
  private static void endDaemons(List<RunningChild> children) throws InterruptedException {
    for (RunningChild child : children) {
      if (child.isDaemon()) {
        child.terminate();
      }
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
    for (RunningChild child : children) {
      if (child.isDaemon()) {
        long left = Math.max(0, deadline - System.nanoTime());
        if (!child.join(left, TimeUnit.NANOSECONDS)) {
          child.kill();
          // so that its watcher, which removes its attach socket, has run before this JVM ends
          child.join(AttachSocket.KILLED_REAP_MILLIS, TimeUnit.MILLISECONDS);
        }
      }
    }
  }

  /**
   * Joins the non-daemon children, including any that a still-running thread of this JVM starts
   * meanwhile: its watcher removes each from {@link #LIVE} before its join returns.
   */
  private static void joinNonDaemons() throws InterruptedException {
    while (true) {
      RunningChild next = null;
      synchronized (ChildRegistry.class) {
        awaitStarts();
        for (RunningChild child : LIVE) {
          if (!child.isDaemon()) {
            next = child;
            break;
          }
        }
        if (next == null) {
          closed = true;
          return;
        }
      }
      next.join();
      LIVE.remove(next);
    }
  }

  /** Waits until no start is in progress; call it holding the class lock. */
  private static void awaitStarts() throws InterruptedException {
    while (starting > 0) {
      ChildRegistry.class.wait();
    }
  }
}
