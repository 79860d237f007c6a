package io.github.multiproc.internal.pool;

import java.util.concurrent.TimeUnit;

/**
 * Where a pool's tasks run. Today: worker JVMs on this machine ({@link ProcessBackend}) or threads
 * ({@link ThreadBackend}); later a cluster (ARCHITECTURE.md, "Beyond one machine"), which would
 * take chunks the same way and ship them with the same generated codecs.
 *
 * <p>A back end takes chunks from the pool's {@link ChunkQueue} until it returns an empty list,
 * completes or fails every chunk it took, and puts back chunks it took but never started.
 */
interface PoolBackend {
  /** Starts the workers. */
  void start(ChunkQueue queue, PoolCore core);

  /**
   * Stops every worker at once and waits until they are gone; the chunks they hold fail with
   * {@code failure}.
   */
  void terminate(RuntimeException failure);

  /** Waits until every worker has ended (after the queue was closed, or a terminate). */
  boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException;

  /** Whether the current thread is one of this back end's (waiting for the pool there deadlocks). */
  boolean isWorkerThread();
}
