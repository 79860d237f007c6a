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
 * does); iteration may go on with the following results. An exception thrown by the input's
 * iterator comes from {@code next()} itself, after the results of the items read before it, and
 * ends the iteration, as in Python. {@code next()} and {@link #hasNext()} wait uninterruptibly, as
 * {@link AsyncResult#get()}; {@code hasNext()} waits until the input says whether more follows.
 *
 * <p>To leave an imap over an endless or long input early, {@link #close()} it (or use
 * try-with-resources): reading its input stops, its tasks not yet started never run.
 *
 * @param <R> the result type
 */
public interface ResultIterator<R> extends Iterator<R>, Iterable<R>, AutoCloseable {
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

  /**
   * Stops this imap early (no Python counterpart: a Python imap reads its whole input): its input
   * is read no further, its tasks that have not started never run, and {@link #hasNext()} answers
   * false. Does nothing when called again.
   */
  @Override
  void close();
}
