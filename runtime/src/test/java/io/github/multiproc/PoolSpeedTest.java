package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.multiproc.testing.PoolWorkersTasks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Prints tasks/s of a tiny task on 2 workers; never asserts speed. */
class PoolSpeedTest {
  @Test
  @Timeout(90)
  void measureTinyTasks() {
    try (Pool pool = Pool.create(2)) {
      List<Integer> items = PoolTest.range(200_000);
      pool.map(PoolWorkersTasks.square, items.subList(0, 20_000)); // warm up
      for (int round = 0; round < 2; round++) {
        int n = 20_000;
        long start = System.nanoTime();
        List<AsyncResult<Integer>> results = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          results.add(pool.applyAsync(PoolWorkersTasks.square, i));
        }
        for (int i = 0; i < n; i++) {
          assertEquals(i * i, results.get(i).get());
        }
        double applySeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        List<Integer> squares = pool.map(PoolWorkersTasks.square, items);
        double mapSeconds = (System.nanoTime() - start) / 1e9;
        assertEquals(199_999 * 199_999, squares.get(199_999));
        System.out.printf(
            "pool speed (2 workers): applyAsync %.0f tasks/s, map %.0f tasks/s%n",
            n / applySeconds, items.size() / mapSeconds);
      }
    }
  }
}
