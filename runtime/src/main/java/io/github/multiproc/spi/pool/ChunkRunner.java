package io.github.multiproc.spi.pool;

import java.util.concurrent.CompletableFuture;

/**
 * Runs chunks of {@code @Pooled} tasks given as bytes, somewhere: worker JVMs of a local pool,
 * threads, or the members of a cluster. No counterpart in Python (Ray's pool hides the same seam).
 *
 * <p>The bytes are the runtime's chunk format, written and read by the generated codecs only:
 * {@code arguments} is {@code [count][format][argument]...} and the result is
 * {@code [count][format]} then per item a value or an encoded failure (the format of the
 * runtime's pool workers). An implementation moves them and finds the task by {@code taskId} through the
 * {@code TaskProvider}s on its own class path; it never loads a class a peer names.
 *
 * <p>The returned future completes with the result bytes (an item that threw is a failure inside
 * them), or fails with {@link io.github.multiproc.WorkerDiedException} when the worker or member
 * running the chunk went away (the pool re-runs such chunks when {@code retries(n)} allows), or
 * with another exception that fails every item of the chunk.
 */
public interface ChunkRunner extends AutoCloseable {
  /**
   * How many chunks may run at once, at this moment (a pool sizes its default chunks by it, as
   * Python by {@code processes}); at least 1.
   */
  int parallelism();

  /** Runs one chunk of task {@code taskId}; the future is completed exactly once. */
  CompletableFuture<byte[]> run(String taskId, byte[] arguments);

  /** Takes no more chunks; chunks still running fail or complete, as the implementation says. */
  @Override
  void close();
}
