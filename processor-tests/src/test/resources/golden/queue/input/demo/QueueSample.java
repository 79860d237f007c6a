package demo;

import io.github.multiproc.annotation.Worker;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;

/** Seed 004's queue sample: the child puts [42, None, 'hello'] into the parent's queue. */
public class QueueSample {
  @Worker
  static void f(BlockingQueue<List<Object>> q) throws InterruptedException {
    q.put(Arrays.asList(42, null, "hello"));
  }
}
