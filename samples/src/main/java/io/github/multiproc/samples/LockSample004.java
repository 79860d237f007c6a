package io.github.multiproc.samples;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.ProcessLock;
import io.github.multiproc.annotation.Worker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Lock;

/**
 * Seed 004 "进程锁" (process lock): ten processes print under one lock so that their lines never
 * mix on the screen.
 *
 * <pre>{@code
 * from multiprocessing import Process, Lock
 *
 * def f(l, i):
 *     l.acquire()
 *     try:
 *         print('hello world', i)
 *     finally:
 *         l.release()
 *
 * if __name__ == '__main__':
 *     lock = Lock()
 *
 *     for num in range(10):
 *         Process(target=f, args=(lock, num)).start()
 * }</pre>
 *
 * <p>The worker takes the JDK's {@link Lock} interface and uses it as Java code uses any lock
 * ({@code lock()} for {@code acquire()}, {@code unlock()} in {@code finally} for
 * {@code release()}); the lock it gets is a {@link ProcessLock}, which excludes other processes,
 * not only other threads. The lines come out in whatever order the processes get the lock.
 *
 * <p>Unlike the Python, {@code main} joins the ten processes before it closes the lock: a closed
 * lock cannot be used by a process that has not yet taken it, and Python keeps its lock alive for
 * as long as any process still refers to it.
 */
public final class LockSample004 {
  private LockSample004() {}

  @Worker
  static void f(Lock l, int i) {
    l.lock(); // l.acquire()
    try {
      System.out.println("hello world " + i);
    } finally {
      l.unlock(); // l.release()
    }
  }

  /** Starts ten processes that print under one lock, and waits for them. */
  public static void main(String[] args) throws InterruptedException {
    try (ProcessLock lock = ProcessLock.create()) {
      List<ChildProcess<Void>> processes = new ArrayList<>();
      for (int num = 0; num < 10; num++) {
        ChildProcess<Void> p = LockSample004Processes.f(lock, num);
        p.start();
        processes.add(p);
      }
      for (ChildProcess<Void> p : processes) {
        p.join();
      }
    }
  }
}
