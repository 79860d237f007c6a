package io.github.multiproc.internal.process;

import io.github.multiproc.ChildProcess;
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
 */
public final class ChildRegistry {
  private static final Set<RunningChild> LIVE = ConcurrentHashMap.newKeySet();
  private static volatile boolean hookInstalled;

  private ChildRegistry() {}

  static void add(RunningChild child) {
    installHook();
    LIVE.add(child);
  }

  static void remove(RunningChild child) {
    LIVE.remove(child);
  }

  /** Python's {@code active_children()}: the live children; finished ones are dropped. */
  public static List<ChildProcess<?>> activeChildren() {
    List<ChildProcess<?>> active = new ArrayList<>();
    for (RunningChild child : LIVE) {
      if (child.isAlive()) {
        active.add(child.owner());
      } else {
        LIVE.remove(child);
      }
    }
    return active;
  }

  private static void installHook() {
    if (hookInstalled) {
      return;
    }
    synchronized (ChildRegistry.class) {
      if (!hookInstalled) {
        Runtime.getRuntime().addShutdownHook(
            new Thread(ChildRegistry::atExit, "multiproc-exit"));
        hookInstalled = true;
      }
    }
  }

  private static void atExit() {
    List<RunningChild> children = new ArrayList<>(LIVE);
    for (RunningChild child : children) {
      if (child.isDaemon()) {
        child.terminate();
      }
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
    try {
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
      for (RunningChild child : children) {
        if (!child.isDaemon()) {
          child.join();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
