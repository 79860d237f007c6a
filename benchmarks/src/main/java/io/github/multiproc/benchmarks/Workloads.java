package io.github.multiproc.benchmarks;

import io.github.multiproc.Connection;
import io.github.multiproc.ProcessEvent;
import io.github.multiproc.ProcessLock;
import io.github.multiproc.ReentrantProcessLock;
import io.github.multiproc.SharedInt;
import io.github.multiproc.annotation.Pooled;
import io.github.multiproc.annotation.Worker;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;

/**
 * The child side of every workload, one method per function of {@code py_bench.py} ({@code noop},
 * {@code echo}, {@code echo_bytes}, {@code consume}, {@code inc}, {@code lock_loop},
 * {@code square}), written as the Python is so that both sides do the same work per item. The
 * processor generates {@code WorkloadsProcesses} and {@code WorkloadsTasks} from them.
 */
final class Workloads {
  private Workloads() {}

  /** Python's {@code noop()}: the cheapest child there is, for start+join. */
  @Worker
  static void noop() {}

  /** Python's {@code echo(conn)}: sends back every object until {@code None} (here null). */
  @Worker
  static void echo(Connection<Integer> conn) throws IOException {
    while (true) {
      Integer m = conn.recv();
      if (m == null) {
        break;
      }
      conn.send(m);
    }
  }

  /** Python's {@code echo_bytes(conn)}: sends back every byte message until an empty one. */
  @Worker
  static void echoBytes(Connection<byte[]> conn) throws IOException {
    while (true) {
      byte[] m = conn.recvBytes();
      if (m.length == 0) {
        break;
      }
      conn.sendBytes(m);
    }
  }

  /** Python's {@code consume(q, n)}: takes n items. */
  @Worker
  static void consume(BlockingQueue<Integer> q, int n) throws InterruptedException {
    for (int i = 0; i < n; i++) {
      q.take();
    }
  }

  /** Python's {@code inc(v, n)}: {@code with v.get_lock(): v.value += 1}, n times. */
  @Worker
  static void inc(SharedInt v, int n) {
    ReentrantProcessLock lock = v.lock();
    for (int i = 0; i < n; i++) {
      lock.lock();
      try {
        v.set(v.get() + 1); // a read and a write, as Python's v.value += 1: the lock is what counts
      } finally {
        lock.unlock();
      }
    }
  }

  /** Python's {@code lock_loop(lock, n)}: acquire and release, n times. */
  @Worker
  static void lockLoop(ProcessLock lock, int n) {
    for (int i = 0; i < n; i++) {
      lock.lock();
      lock.unlock();
    }
  }

  /** Blocks until the event is set: a child at rest, for its resident memory (not in py_bench). */
  @Worker
  static void idle(ProcessEvent event) throws InterruptedException {
    event.waitFor();
  }

  /**
   * Returns its argument: not a py_bench workload, but what makes the processor generate the
   * codec of {@link Order} that {@code CodecBenchmark} (JMH, {@code -Pjmh}) times.
   */
  @Worker
  static Order echoOrder(Order order) {
    return order;
  }

  /** Python's {@code square(x)}: the pool's tiny task. */
  @Pooled
  static int square(int x) {
    return x * x;
  }
}
