package io.github.multiproc;

import io.github.multiproc.internal.pipe.PipeEnds;
import java.util.List;

/**
 * A pair of connected {@link Connection}s: Python's {@code multiprocessing.Pipe(duplex)}.
 *
 * <pre>{@code
 * Pipe<String> pipe = Pipe.create();
 * // @Worker static void serve(Connection<String> conn) in class Work:
 * ChildProcess<Void> child = WorkProcesses.serve(pipe.second());
 * child.start();
 * pipe.first().send("ping");
 * String answer = pipe.first().recv();
 * }</pre>
 *
 * <p>Either end may be used here or passed to workers, in any combination, and by any number of
 * processes at once, as Python's inherited descriptor: pass one end to several workers, forward it
 * from a child to a grandchild, poll it in one process and receive in another. Each message goes
 * to one reader, whole; a poll takes nothing. Closing, in the creating process, an end that was
 * passed to a worker only closes this process's copy, as in Python; the peer reads the end of the
 * stream once every process that received the end closed it or exited.
 *
 * <p>Where the bytes flow: the creating process routes every message, so it must stay alive while
 * the others talk. While a single process reads an end, messages for it go straight to that
 * process's socket, and a pipe between this process and one child runs over one direct socket;
 * when several processes read an end, its messages wait in the creating process until one of them
 * asks. Messages sent before any reader asks wait there too.
 *
 * @param <T> the type of the messages
 */
public final class Pipe<T> {
  private final Connection<T> first;
  private final Connection<T> second;

  private Pipe(List<Connection<T>> ends) {
    this.first = ends.get(0);
    this.second = ends.get(1);
  }

  /** A duplex pipe: both ends send and receive ({@code Pipe()}). */
  public static <T> Pipe<T> create() {
    return create(true);
  }

  /**
   * A pipe; with {@code duplex} false, {@link #first()} only receives and {@link #second()} only
   * sends ({@code Pipe(duplex=False)}).
   */
  public static <T> Pipe<T> create(boolean duplex) {
    return new Pipe<>(PipeEnds.newPipe(duplex));
  }

  /** The first end ({@code conn1}); receive-only on a one-way pipe. */
  public Connection<T> first() {
    return first;
  }

  /** The second end ({@code conn2}); send-only on a one-way pipe. */
  public Connection<T> second() {
    return second;
  }
}
