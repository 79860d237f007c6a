package io.github.multiproc.samples;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Multiproc;
import io.github.multiproc.ProcessLock;
import io.github.multiproc.annotation.Worker;
import java.util.ArrayList;
import java.util.List;

/**
 * Seed 003 "进程锁" (process lock): acquire and release a lock shared by processes.
 *
 * <pre>{@code
 * import multiprocessing as mp
 * l = mp.Lock() # 定义一个进程锁 (define a process lock)
 * l.acquire()   # 锁住 (lock)
 * l.release()   # 释放 (release)
 * }</pre>
 *
 * <p>The note shows the three calls alone; the port puts them to work. The parent acquires the
 * lock, starts three workers that each need it, and releases it; the workers then take it one at a
 * time, each printing when it holds it and when it lets go. A {@link ProcessLock} is a
 * {@link java.util.concurrent.locks.Lock}, so Python's {@code acquire()} and {@code release()} are
 * Java's {@code lock()} and {@code unlock()}, with the release in a {@code finally} as Java code
 * always does it. Like Python's {@code Lock}, it is not reentrant, and unlocking a lock this
 * process does not hold is an error.
 */
public final class LockSample {
  private LockSample() {}

  @Worker
  static void worker(ProcessLock l) throws InterruptedException {
    String name = Multiproc.currentProcess().name();
    l.lock(); // l.acquire()
    try {
      System.out.println(name + " acquired the lock");
      Thread.sleep(50); // holds it a little, so that another holder would show between the lines
      System.out.println(name + " releases the lock");
    } finally {
      l.unlock(); // l.release()
    }
  }

  /** Holds the lock while three workers start, then lets them take it in turn. */
  public static void main(String[] args) throws InterruptedException {
    try (ProcessLock l = ProcessLock.create()) { // l = mp.Lock()
      l.lock(); // l.acquire()
      System.out.println("main acquired the lock");
      List<ChildProcess<Void>> workers = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        ChildProcess<Void> p = LockSampleProcesses.worker(l);
        p.start();
        workers.add(p);
      }
      System.out.println("main releases the lock");
      l.unlock(); // l.release()
      for (ChildProcess<Void> p : workers) {
        p.join();
      }
    }
  }
}
