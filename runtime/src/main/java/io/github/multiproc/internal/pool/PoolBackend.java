package io.github.multiproc.internal.pool;

import java.util.concurrent.TimeUnit;

/**
 * Where a pool's tasks run: worker JVMs on this machine ({@link ProcessBackend}), threads
 * ({@link ThreadBackend}), or any {@link io.github.multiproc.spi.pool.ChunkRunner} such as a
 * cluster ({@link RunnerBackend}), which takes chunks the same way and ships them as the same
 * generated codecs' bytes.
 *
 * <p>A back end takes chunks from the pool's {@link ChunkQueue} until it returns an empty list,
 * completes or fails every chunk it took, and puts back chunks it took but never started.
 */
interface PoolBackend {
  /** How many chunks run at once: Python's {@code processes}, which sizes the default chunks. */
  int parallelism();

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
