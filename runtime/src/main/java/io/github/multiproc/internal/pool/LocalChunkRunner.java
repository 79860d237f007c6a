package io.github.multiproc.internal.pool;

import io.github.multiproc.PoolTask;
import io.github.multiproc.spi.pool.ChunkRunner;
import io.github.multiproc.wire.WireInput;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A local pool as a {@link ChunkRunner}: chunks that arrive as bytes (at a cluster member) run on
 * its worker JVMs, whose result bytes pass back untouched, or on its threads, which decode the
 * arguments and encode the results here. The task is found by id among this JVM's
 * {@code TaskProvider}s.
 */
final class LocalChunkRunner implements ChunkRunner {
  private final PoolCore core;

  /** Whether the back end runs tasks in this JVM (threads) and so needs decoded arguments. */
  private final boolean decodeHere;

  private volatile Map<String, PoolTask<?, ?>> tasks;

  LocalChunkRunner(PoolCore core, boolean decodeHere) {
    this.core = core;
    this.decodeHere = decodeHere;
  }

  @Override
  public int parallelism() {
    return core.processes();
  }

  @Override
  public CompletableFuture<byte[]> run(String taskId, byte[] arguments) {
    CompletableFuture<byte[]> future = new CompletableFuture<>();
    try {
      PoolTask<Object, Object> task = TaskCatalog.find(tasks(), taskId);
      Object[] decoded =
          decodeHere
              ? ChunkResults.readArguments(task, new WireInput(arguments))
              : new Object[new WireInput(arguments).readSize()];
      if (decoded.length == 0) {
        throw new IllegalArgumentException("a chunk of " + taskId + " without items");
      }
      Chunk chunk =
          new Chunk(new ByteJob(task, decoded.length, future), TaskRef.of(task), 0, decoded);
      if (!decodeHere) {
        chunk.encoded = arguments; // goes to the worker JVM as it came
      }
      core.submit(chunk);
    } catch (RuntimeException e) {
      future.completeExceptionally(e);
    }
    return future;
  }

  private Map<String, PoolTask<?, ?>> tasks() {
    Map<String, PoolTask<?, ?>> known = tasks;
    if (known == null) {
      known = TaskCatalog.load();
      tasks = known;
    }
    return known;
  }

  /** Closes the pool: Python's {@code close()} and {@code join()}. */
  @Override
  public void close() {
    core.close();
  }
}
