package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.spi.pool.ChunkRunner;
import io.github.multiproc.spi.pool.ChunkRunnerFactory;
import io.github.multiproc.testing.LeakCheckExtension;
import io.github.multiproc.testing.PoolWorkersTasks;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The engine-neutral seam of "where pool chunks run": a pool on any {@link ChunkRunner} (here the
 * runtime's own process and thread pools, which implement it), and the retry of chunks whose
 * worker died, without a cluster.
 */
@ExtendWith(LeakCheckExtension.class)
class ChunkRunnerTest {
  private static final List<Integer> INPUTS = IntStream.range(0, 100).boxed().toList();
  private static final List<Integer> SQUARES = INPUTS.stream().map(x -> x * x).toList();

  /** A place that hands the pool {@code runner}, as a cluster connection hands out its own. */
  private static ChunkRunnerFactory place(ChunkRunner runner) {
    return new ChunkRunnerFactory() {
      @Override
      public ChunkRunner openChunkRunner() {
        return new ChunkRunner() {
          @Override
          public int parallelism() {
            return runner.parallelism();
          }

          @Override
          public CompletableFuture<byte[]> run(String taskId, byte[] arguments) {
            return runner.run(taskId, arguments);
          }

          @Override
          public void close() {} // the test closes the pool behind it
        };
      }

      @Override
      public String describe() {
        return "a test place";
      }
    };
  }

  @Test
  @Timeout(60)
  void aPoolRunsItsChunksOnAProcessPoolsChunkRunner() {
    try (Pool workers = Pool.builder().local().processes(1).build();
        Pool pool = Pool.builder().cluster(place(workers.chunkRunner())).build()) {
      assertEquals(SQUARES, pool.map(PoolWorkersTasks.square, INPUTS, 7));
      assertNotEquals(ProcessHandle.current().pid(), pool.apply(PoolWorkersTasks.sleep, 1L));
      RuntimeException failed =
          assertThrows(RuntimeException.class, () -> pool.apply(PoolWorkersTasks.fail, "boom"));
      assertTrue(failed.getMessage().contains("boom"), failed.getMessage());
    }
  }

  @Test
  @Timeout(30)
  void aPoolRunsItsChunksOnAThreadPoolsChunkRunner() {
    try (ThreadPool threads = ThreadPool.create(2);
        Pool pool = Pool.builder().cluster(place(threads.chunkRunner())).build()) {
      assertEquals(SQUARES, pool.map(PoolWorkersTasks.square, INPUTS, 3));
      assertEquals(ProcessHandle.current().pid(), pool.apply(PoolWorkersTasks.sleep, 1L));
    }
  }

  /** Fails the first run of every chunk as a worker death, then runs it. */
  private static ChunkRunner dyingOnce(ChunkRunner runner) {
    Set<byte[]> seen =
        Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    return new ChunkRunner() {
      @Override
      public int parallelism() {
        return runner.parallelism();
      }

      @Override
      public CompletableFuture<byte[]> run(String taskId, byte[] arguments) {
        if (seen.add(arguments)) {
          return CompletableFuture.failedFuture(
              new WorkerDiedException("member test:1", "left the cluster", taskId));
        }
        return runner.run(taskId, arguments);
      }

      @Override
      public void close() {}
    };
  }

  @Test
  @Timeout(30)
  void retriesRunChunksWhoseWorkerDiedAgainAndWithoutThemTheyFail() {
    try (ThreadPool threads = ThreadPool.create(2)) {
      try (Pool pool =
          Pool.builder().cluster(place(dyingOnce(threads.chunkRunner()))).retries(1).build()) {
        assertEquals(SQUARES, pool.map(PoolWorkersTasks.square, INPUTS, 10));
      }
      try (Pool pool = Pool.builder().cluster(place(dyingOnce(threads.chunkRunner()))).build()) {
        WorkerDiedException died =
            assertThrows(WorkerDiedException.class, () -> pool.apply(PoolWorkersTasks.square, 3));
        assertEquals("member test:1", died.workerName());
      }
    }
  }

  @Test
  @Timeout(10)
  void retriesAreForAClusterOnly() {
    assertThrows(IllegalArgumentException.class, () -> Pool.builder().retries(1).build());
  }
}
