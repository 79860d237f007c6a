package io.github.multiproc.samples;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Connection;
import io.github.multiproc.Multiproc;
import io.github.multiproc.Pipe;
import io.github.multiproc.annotation.Worker;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A fan-in with {@code multiprocessing.connection.wait}, after the example in Python's
 * documentation: four workers each send their results through their own pipe, and the parent takes
 * them as they come, from whichever pipe is ready, while also watching the workers themselves.
 *
 * <pre>{@code
 * from multiprocessing import Process, Pipe, current_process
 * from multiprocessing.connection import wait
 *
 * def foo(w, n, delay):
 *     for i in range(3):
 *         time.sleep(delay)
 *         w.send((current_process().name, n * 10 + i))
 *     w.close()
 *
 * if __name__ == '__main__':
 *     waiting = []
 *     for n in range(4):
 *         r, w = Pipe(duplex=False)
 *         p = Process(target=foo, args=(w, n, 0.05 * (4 - n)))
 *         p.start()
 *         w.close()            # p now holds the only writer: its exit ends r
 *         waiting += [r, p.sentinel]
 *     while waiting:
 *         for ready in wait(waiting):
 *             ...              # a message, a pipe at its end, or a worker that exited
 * }</pre>
 *
 * <p>{@link Multiproc#wait} is {@code wait}; a {@link ChildProcess} is its own sentinel.
 */
public final class WaitSample {
  private WaitSample() {}

  /** Sends three results through {@code w}, one every {@code delayMillis}. */
  @Worker
  static void foo(Connection<String> w, int n, long delayMillis)
      throws IOException, InterruptedException {
    for (int i = 0; i < 3; i++) {
      Thread.sleep(delayMillis);
      w.send(Multiproc.currentProcess().name() + " sent " + (n * 10 + i));
    }
    w.close();
  }

  /** Starts four workers and prints their results and exits as {@code wait} reports them. */
  public static void main(String[] args) throws IOException {
    List<Object> waiting = new ArrayList<>();
    for (int n = 0; n < 4; n++) {
      Pipe<String> pipe = Pipe.create(false); // r, w = Pipe(duplex=False)
      ChildProcess<Void> p = WaitSampleProcesses.foo(pipe.second(), n, 50L * (4 - n));
      p.name("worker-" + n);
      p.start();
      pipe.second().close();
      waiting.add(pipe.first());
      waiting.add(p);
    }
    int results = 0;
    while (!waiting.isEmpty()) {
      for (Object ready : Multiproc.wait(waiting)) {
        if (ready instanceof ChildProcess) {
          ChildProcess<?> p = (ChildProcess<?>) ready;
          System.out.println(p.name() + " exited with " + p.exitCode());
          waiting.remove(p);
          continue;
        }
        @SuppressWarnings("unchecked")
        Connection<String> r = (Connection<String>) ready;
        try {
          System.out.println(r.recv());
          results++;
        } catch (EOFException e) {
          waiting.remove(r); // the worker closed its end
          r.close();
        }
      }
    }
    System.out.println(results + " results from 4 workers");
  }
}
