package io.github.multiproc.samples;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Connection;
import io.github.multiproc.Pipe;
import io.github.multiproc.annotation.Worker;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Seed 003 "进程间通信 / Pipe": a child sends a list through a pipe and the parent prints it.
 *
 * <pre>{@code
 * from multiprocessing import Process, Pipe
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
 * <p>{@code Pipe()} returns the pipe's two ends, {@link Pipe#first()} and {@link Pipe#second()};
 * it is duplex by default, so either end may send and receive. The ends are typed: a
 * {@code Connection<List<Object>>} sends and receives lists, and Python's {@code [42, None,
 * 'hello']} is a list holding 42, null and "hello". As the note warns, two processes must not use
 * the same end at the same time; using the two different ends at once is safe.
 *
 * <p>The parent closes both of its ends when it is done (try-with-resources); Python leaves that to
 * the garbage collector.
 */
public final class PipeSample {
  private PipeSample() {}

  @Worker
  static void f(Connection<List<Object>> conn) throws IOException {
    conn.send(Arrays.asList(42, null, "hello"));
    conn.close();
  }

  /** Runs {@code f(childConn)} in a child and prints what it sent. */
  public static void main(String[] args) throws IOException, InterruptedException {
    Pipe<List<Object>> pipe = Pipe.create(); // parent_conn, child_conn = Pipe()
    try (Connection<List<Object>> parentConn = pipe.first();
        Connection<List<Object>> childConn = pipe.second()) {
      ChildProcess<Void> p = PipeSampleProcesses.f(childConn);
      p.start();
      System.out.println(parentConn.recv()); // [42, null, hello]
      p.join();
    }
  }
}
