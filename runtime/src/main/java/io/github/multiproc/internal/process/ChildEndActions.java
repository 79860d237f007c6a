package io.github.multiproc.internal.process;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a child JVM runs once its call is done, before it waits for its non-daemon threads: the
 * closes of connections a library opened with threads of its own (a cluster client), which would
 * otherwise keep the child alive forever. Python's {@code util.Finalize(..., exitpriority=0)},
 * run newest first as Python's {@code _run_finalizers} does.
 */
public final class ChildEndActions {
  private static final Deque<Runnable> ACTIONS = new ArrayDeque<>();

  private ChildEndActions() {}

  /** Runs {@code action} when this JVM's call is done, if this JVM is a child. */
  public static synchronized void add(Runnable action) {
    ACTIONS.push(action);
  }

  /** Runs every action once, newest first; one that throws does not stop the others. */
  static void runAll() {
    while (true) {
      Runnable action;
      synchronized (ChildEndActions.class) {
        action = ACTIONS.poll();
      }
      if (action == null) {
        return;
      }
      try {
        action.run();
      } catch (Throwable e) {
        System.err.println("multiproc: an action at the end of this process failed: " + e);
      }
    }
  }
}
