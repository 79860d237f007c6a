package io.github.multiproc.internal.exit;

import java.util.concurrent.CountDownLatch;

/**
 * The one order this JVM's exit needs and Java's shutdown hooks do not give (they all start at
 * once): children first, then what a child may still need. Python's {@code util._exit_function}
 * joins the non-daemon children and terminates the daemonic ones before the finalizers that
 * remove shared resources run. Here the hook that ends the children ({@code ChildRegistry}) calls
 * {@link #childrenEnded()} once every child is reaped, and the hooks that delete what a starting
 * or running child uses (the hub's socket, the control FIFOs, owned shared-memory segments) call
 * {@link #awaitChildren()} first. A JVM that started no child does not wait.
 */
public final class ExitOrder {
  private static final CountDownLatch CHILDREN_ENDED = new CountDownLatch(1);
  private static volatile boolean childrenStarted;

  private ExitOrder() {}

  /** Called before this JVM's first child starts: from now on, the exit waits for children. */
  public static void childrenStarted() {
    childrenStarted = true;
  }

  /** Called by the exit hook that ends the children, once they have all been reaped or killed. */
  public static void childrenEnded() {
    CHILDREN_ENDED.countDown();
  }

  /**
   * In a shutdown hook: waits until this JVM's children are reaped, if it started any, so that
   * nothing a starting child needs disappears under it. Interrupted, it stops waiting.
   */
  public static void awaitChildren() {
    if (!childrenStarted) {
      return;
    }
    try {
      CHILDREN_ENDED.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
