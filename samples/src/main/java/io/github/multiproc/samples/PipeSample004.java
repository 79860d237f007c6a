package io.github.multiproc.samples;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Connection;
import io.github.multiproc.Pipe;
import io.github.multiproc.annotation.Worker;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Seed 004 "进程间通信 / Pipe()": the same program as seed 003's (see {@link PipeSample}),
 * which this note introduces differently: a pipe passes data between processes, it does not share
 * it, much like a socket; each of its two ends can {@code send()} and {@code recv()}.
 *
 * <pre>{@code
 * from multiprocessing import Process, Pipe
 *
 * def f(conn):
 *     conn.send([42, None, 'hello'])
 *     conn.close()
 *
 * if __name__ == '__main__':
 *     parent_conn, child_conn = Pipe()
 *     p = Process(target=f, args=(child_conn,))
 *     p.start()
 *     print(parent_conn.recv())   # prints "[42, None, 'hello']"
 *     p.join()
 * }</pre>
 *
 * <p>"Passes, does not share" is visible in Java too: the child sends a fixed-size
 * {@code Arrays.asList} list, and the parent receives a copy of it, a new {@code ArrayList} that it
 * may change without the child seeing anything.
 */
public final class PipeSample004 {
  private PipeSample004() {}

  @Worker
  static void f(Connection<List<Object>> conn) throws IOException {
    conn.send(Arrays.asList(42, null, "hello"));
    conn.close();
  }

  /** Runs {@code f(childConn)} in a child and prints what it sent. */
  public static void main(String[] args) throws IOException, InterruptedException {
    Pipe<List<Object>> pipe = Pipe.create();
    try (Connection<List<Object>> parentConn = pipe.first();
        Connection<List<Object>> childConn = pipe.second()) {
      ChildProcess<Void> p = PipeSample004Processes.f(childConn);
      p.start();
      System.out.println(parentConn.recv()); // [42, null, hello]
      p.join();
    }
  }
}
