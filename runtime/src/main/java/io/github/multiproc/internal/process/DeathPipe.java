package io.github.multiproc.internal.process;

import java.io.IOException;
import java.io.InputStream;

/**
 * The child's half of the death pipe: after the bootstrap the parent keeps the child's stdin open
 * and never writes to it again, so end-of-file means the parent has died, even by SIGKILL. The
 * child then halts at once (no shutdown hooks, which could block), so nothing is orphaned: the
 * answer to CPython issue 80180.
 */
final class DeathPipe extends Thread {
  /** Exit code of a child whose parent died; nobody is left to read it. */
  private static final int PARENT_DIED = 1;

  private final InputStream stdin;

  private DeathPipe(InputStream stdin) {
    super("multiproc-death-pipe");
    this.stdin = stdin;
    setDaemon(true);
  }

  static void watch(InputStream stdin) {
    new DeathPipe(stdin).start();
  }

  @Override
  public void run() {
    byte[] sink = new byte[64];
    try {
      while (stdin.read(sink) >= 0) {
        // the parent never writes after the bootstrap; ignore stray bytes
      }
    } catch (IOException e) {
      // a broken pipe means the same as end-of-file
    }
    Runtime.getRuntime().halt(PARENT_DIED);
  }
}
