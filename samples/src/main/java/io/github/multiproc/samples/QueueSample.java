package io.github.multiproc.samples;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.ProcessQueue;
import io.github.multiproc.annotation.Worker;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;

/**
 * Seed 004 "进程间通信 / Queue()": a child puts a list into a queue and the parent prints it.
 *
 * <pre>{@code
 * from multiprocessing import Process, Queue
 *
 * def f(q):
 *     q.put([42, None, 'hello'])
 *
 * if __name__ == '__main__':
 *     q = Queue()
 *     p = Process(target=f, args=(q,))
 *     p.start()
 *     print(q.get())    # prints "[42, None, 'hello']"
 *     p.join()
 * }</pre>
 *
 * <p>The worker takes a plain {@link BlockingQueue}, the JDK's interface, and uses it as it would
 * any Java queue; the queue it gets is a {@link ProcessQueue}, which reaches across processes.
 * Python's {@code [42, None, 'hello']} is a {@code List<Object>} holding 42, null and "hello", and
 * prints as {@code [42, null, hello]}. A queue carries any value its element type allows and the
 * runtime knows how to encode (boxed primitives, strings, lists, maps, records, ...): each item
 * travels with a tag naming its type, never through Java serialization.
 */
public final class QueueSample {
  private QueueSample() {}

  @Worker
  static void f(BlockingQueue<List<Object>> q) throws InterruptedException {
    q.put(Arrays.asList(42, null, "hello"));
  }

  /** Runs {@code f(q)} in a child and prints what it put. */
  public static void main(String[] args) throws InterruptedException {
    try (ProcessQueue<List<Object>> q = ProcessQueue.create()) {
      ChildProcess<Void> p = QueueSampleProcesses.f(q);
      p.start();
      System.out.println(q.take()); // [42, null, hello]
      p.join();
    }
  }
}
