package io.github.multiproc.internal.process;

import io.github.multiproc.StartMethod;
import io.github.multiproc.internal.hub.Handshake;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Who this JVM is in the process tree (Python's {@code _current_process}, {@code _parent_process}
 * and {@code _process_counter}): "MainProcess" in the top JVM; in a child, what its bootstrap said.
 * Also holds the session key the whole tree shares: made here in the top JVM, inherited by children.
 */
public final class ProcessContext {
  private static final AtomicInteger CHILD_COUNTER = new AtomicInteger();
  private static volatile State state = new State("MainProcess", "", false, null, 0, null);

  /** Set in a standby JVM before it becomes a child: how this process was started. */
  private static volatile StartMethod startedWith = StartMethod.SPAWN;

  private ProcessContext() {}

  /** This process; its parent's name ({@code null} in the top JVM) and pid. */
  private record State(
      String name,
      String identity,
      boolean daemon,
      String parentName,
      long parentPid,
      byte[] sessionKey) {}

  /** Called once in a child, before user code runs. */
  static void becomeChild(Bootstrap bootstrap) {
    state =
        new State(
            bootstrap.name(),
            bootstrap.identity(),
            bootstrap.daemon(),
            bootstrap.parentName(),
            bootstrap.parentPid(),
            bootstrap.sessionKey().clone());
  }

  /** Called by a standby JVM before it runs the launcher that makes it a child. */
  static void startedInStandby() {
    startedWith = StartMethod.STANDBY;
  }

  /**
   * How this process was started: {@link StartMethod#STANDBY} in a child that runs in a standby
   * JVM, else {@link StartMethod#SPAWN} (a spawned child, or the top JVM).
   */
  static StartMethod startedWith() {
    return startedWith;
  }

  /** This process's name, as {@code current_process().name}. */
  public static String name() {
    return state.name();
  }

  /** The name of the process that started this one, or {@code null} in the top JVM. */
  public static String parentName() {
    return state.parentName();
  }

  /** The pid of the process that started this one; meaningless in the top JVM. */
  public static long parentPid() {
    return state.parentPid();
  }

  /** Whether this process is a daemon child (which may not start children). */
  public static boolean isDaemon() {
    return state.daemon();
  }

  /**
   * The next child's identity: {@code "N"} in the top JVM, {@code "<mine>:N"} in a child, as
   * Python's {@code _identity}; default names are {@code "Process-" + identity}.
   */
  public static String nextChildIdentity() {
    int n = CHILD_COUNTER.incrementAndGet();
    String mine = state.identity();
    return mine.isEmpty() ? Integer.toString(n) : mine + ":" + n;
  }

  /**
   * The authkey of this process tree for users (Python's {@code current_process().authkey}), the
   * same in every process of the tree. It is made from the session key rather than being it: a
   * user hands an authkey to programs outside the tree (a TCP client elsewhere), and the session
   * key opens this tree's hubs, with every queue, pipe and manager in them.
   */
  public static byte[] authkey() {
    return Handshake.deriveKey(sessionKey(), "multiproc authkey of the process tree");
  }

  /** The session key of this process tree, made on first use in the top JVM. */
  public static byte[] sessionKey() {
    State s = state;
    if (s.sessionKey() == null) {
      synchronized (ProcessContext.class) {
        s = state;
        if (s.sessionKey() == null) {
          s =
              new State(
                  s.name(),
                  s.identity(),
                  s.daemon(),
                  s.parentName(),
                  s.parentPid(),
                  Handshake.newKey());
          state = s;
        }
      }
    }
    return s.sessionKey();
  }
}
