package io.github.multiproc.internal.process;

import io.github.multiproc.wire.WireOutput;
import java.util.function.Consumer;

/**
 * Notes whether a child's arguments make it use a Unix-domain socket: a queue, a pipe end or a
 * manager proxy (used over a socket to another process's hub), a pool worker's connection for its
 * tasks, a manager server's listening socket (no Python counterpart). Such a child sets up the
 * JDK's socket classes on a second thread from its first milliseconds ({@link SocketSetUp}),
 * instead of on its first use of the socket.
 *
 * <p>The codecs of those handles, and the runtime's own launchers, call {@link #mark()} as they
 * write one; {@link #encode} runs the encoder of one child's arguments and reports whether any did.
 */
public final class SocketArguments {
  /** While {@link #encode} runs on a thread: element 0 is whether {@link #mark()} was called. */
  private static final ThreadLocal<boolean[]> ENCODING = new ThreadLocal<>();

  private SocketArguments() {}

  /** Says that the arguments being encoded on this thread make the child use a socket. */
  public static void mark() {
    boolean[] marked = ENCODING.get();
    if (marked != null) {
      marked[0] = true;
    }
  }

  /** Runs {@code encoder} on {@code out}; returns whether it called {@link #mark()}. */
  public static boolean encode(Consumer<WireOutput> encoder, WireOutput out) {
    boolean[] outer = ENCODING.get();
    boolean[] marked = new boolean[1];
    ENCODING.set(marked);
    try {
      encoder.accept(out);
    } finally {
      if (outer == null) {
        ENCODING.remove();
      } else {
        ENCODING.set(outer);
      }
    }
    return marked[0];
  }
}
