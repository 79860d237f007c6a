package io.github.multiproc;

import io.github.multiproc.internal.process.ProcessContext;

/**
 * One process of the tree: what Python's {@code current_process()} and {@code parent_process()}
 * expose as {@code name}, {@code pid}, {@code daemon}, {@code is_alive()} and {@code authkey}.
 * The name, pid and daemon flag are a snapshot; {@link #isAlive()} asks the operating system now.
 * Python's {@code exitcode} has no counterpart: it is {@code None} for these two processes in
 * Python too (a running process has none, and a parent's is not reported to its children); a child's
 * is {@link ChildProcess#exitCode()}.
 *
 * @param name the process name: {@code "MainProcess"} in the top JVM, {@code "Process-1"} or the
 *     {@code @Worker(name)} in a child
 * @param pid the operating-system process id ({@code os.getpid()})
 * @param daemon whether the process is a daemon child
 */
public record ProcessInfo(String name, long pid, boolean daemon) {
  /**
   * Python's {@code is_alive()}: whether the process runs now. The current process is alive; a
   * child's parent is alive while the child runs, since a child ends when its parent dies.
   */
  public boolean isAlive() {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /**
   * Python's {@code current_process().authkey}: the authkey of this process tree, 32 random bytes
   * made in the top JVM and the same in every process of the tree (so the same for the current
   * process and its parent). Pass it to {@link Listener#bind} and {@link Client#connect} so that
   * processes of the tree reach each other's listeners without handing a key around. Returns a
   * copy.
   */
  public byte[] authkey() {
    return ProcessContext.authkey();
  }
}
