package io.github.multiproc;

import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.TimeoutException;

/**
 * The results of {@link TaskPool#imap} or {@link TaskPool#imapUnordered} as they arrive: Python's
 * {@code IMapIterator}. Like Python's it is its own iterable, so it works in a for-each loop once:
 *
 * <pre>{@code
 * for (int square : pool.imap(SquaresTasks.square, numbers)) {
 *   progress.step();
 * }
 * }</pre>
 *
 * <p>{@link #next()} throws a failed task's exception (unchecked, as {@link AsyncResult#get()}
 * does); iteration may go on with the following results. It waits uninterruptibly, as
 * {@link AsyncResult#get()}.
 *
 * @param <R> the result type
 */
public interface ResultIterator<R> extends Iterator<R>, Iterable<R> {
  /**
   * Python's {@code next(timeout)}.
   *
   * @throws TimeoutException if the next result does not arrive within {@code timeout}
   * @throws java.util.NoSuchElementException if every result has been returned
   */
  R next(Duration timeout) throws TimeoutException;

  /** Returns this iterator: a {@code ResultIterator} can be iterated once. */
  @Override
  default Iterator<R> iterator() {
    return this;
  }
}
