package io.github.multiproc.internal.queue;

import java.util.List;

/**
 * The operations behind every public queue type, done either on the owner's {@link QueueState}
 * ({@link LocalBackend}) or over a socket to the owner's hub ({@link RemoteBackend}). Items go in
 * and come out as objects; the backend encodes them with {@code Codecs.OBJECT}. Timeouts are in
 * nanoseconds; a negative timeout waits without limit. Every call fails with
 * {@link IllegalStateException} once the owner closed the queue or is gone.
 */
public interface QueueBackend {
  QueueRef ref();

  boolean offer(Object item, long nanos) throws InterruptedException;

  /** The head, or {@code null} if none came within {@code nanos}. */
  Object poll(long nanos) throws InterruptedException;

  Object peek();

  int size();

  void clear();

  /** Removes up to {@code max} items without waiting. */
  List<Object> drain(int max);

  /** A copy of the items, head first. */
  List<Object> snapshot();

  void taskDone();

  boolean join(long nanos) throws InterruptedException;

  /** Owner: frees the queue everywhere. Elsewhere: disconnects this process's handle. */
  void close();
}
