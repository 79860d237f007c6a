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
 * <p>Either end may be used here or passed to a worker, in any combination. An end belongs to the
 * first process that uses it (Python shares the descriptor instead; here a second process that
 * tries to use an end already in use gets {@link IllegalStateException}). Closing, in the creating
 * process, an end that was passed to a worker only closes this process's copy, as in Python.
 *
 * <p>Where the bytes flow: when one end stays in the creating process and the other goes to a
 * child, the two talk over one direct socket; when both ends stay, messages go from memory to
 * memory; when each end goes to a different child, the creating process relays them, so it must
 * stay alive while they talk. Messages the creating process sends before the peer is claimed are
 * held in memory until it is.
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
