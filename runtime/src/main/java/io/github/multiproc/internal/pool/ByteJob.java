package io.github.multiproc.internal.pool;

import io.github.multiproc.PoolTask;
import io.github.multiproc.wire.WireOutput;
import java.util.concurrent.CompletableFuture;

/**
 * One chunk that came as bytes through this pool's {@link LocalChunkRunner} (a cluster member runs
 * the chunks it is sent this way): completes {@code future} with the result bytes. A worker JVM's
 * bytes pass through as they are; a thread back end's values are encoded here. A whole-chunk
 * failure (a worker death, a timeout, a terminate) fails the future, so the sender sees its type.
 */
final class ByteJob implements Job {
  private final PoolTask<Object, Object> task;
  private final CompletableFuture<byte[]> future;
  private final Object[] values;
  private Throwable[] failures;
  private int settled;

  ByteJob(PoolTask<Object, Object> task, int count, CompletableFuture<byte[]> future) {
    this.task = task;
    this.future = future;
    this.values = new Object[count];
  }

  @Override
  public void accept(int index, Object value) {
    settle(index, value, null);
  }

  @Override
  public void fail(int index, Throwable failure) {
    settle(index, null, failure);
  }

  private void settle(int index, Object value, Throwable failure) {
    synchronized (this) {
      values[index] = value;
      if (failure != null) {
        if (failures == null) {
          failures = new Throwable[values.length];
        }
        failures[index] = failure;
      }
      if (++settled < values.length) {
        return;
      }
    }
    try {
      WireOutput out = new WireOutput(16 + 8 * values.length);
      ChunkResults.write(out, new WireOutput(64), task, values, failures);
      future.complete(out.toByteArray());
    } catch (RuntimeException e) {
      future.completeExceptionally(e);
    }
  }

  @Override
  public void failChunk(int first, int count, Throwable failure) {
    future.completeExceptionally(failure);
  }

  @Override
  public boolean wantsEncodedResults() {
    return true;
  }

  @Override
  public void acceptEncoded(int first, byte[] results) {
    future.complete(results);
  }

  @Override
  public boolean abandoned() {
    return future.isDone();
  }
}
