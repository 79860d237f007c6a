package io.github.multiproc.samples;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.ProcessLock;
import io.github.multiproc.annotation.Worker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Seed 003 "线程锁" (thread lock), beside the process lock so that the difference shows.
 *
 * <pre>{@code
 * import threading
 *
 * mutex = threading.Lock()
 *
 * if mutex.acquire(1):    # 加锁 (lock)
 *     print('执行操作')    # (doing the work)
 * mutex.release()   #解锁 (unlock)
 * }</pre>
 *
 * <p>{@code acquire(1)} is a blocking acquire ({@code 1} is Python's {@code blocking=True}, not a
 * timeout), so it is Java's {@link Lock#lock()} and always succeeds; the release goes in a
 * {@code finally}, as Java code always does it. Java has two thread locks: a
 * {@link ReentrantLock} object and the {@code synchronized} block on any object's monitor; the
 * port then puts both to work with four threads adding to one counter.
 *
 * <p>The difference from the process lock: a thread lock lives in this JVM's heap, so it excludes
 * this JVM's threads only and cannot be handed to a child process at all (the runtime refuses it
 * with an {@link IllegalArgumentException}). A {@link ProcessLock} lives in shared memory: a child
 * that tries it while the parent holds it fails, and gets it once the parent lets go.
 */
public final class ThreadLock {
  private static final int THREADS = 4;
  private static final int INCREMENTS = 10_000;

  private static final ReentrantLock mutex = new ReentrantLock(); // mutex = threading.Lock()
  private static final Object monitor = new Object();
  private static int counter;

  private ThreadLock() {}

  /** In a child process: whether it could take {@code l} at once; lets it go again if so. */
  @Worker
  static boolean tryLock(Lock l) {
    boolean acquired = l.tryLock(); // l.acquire(False)
    if (acquired) {
      l.unlock();
    }
    return acquired;
  }

  /** Runs the note's three lines, then the thread locks at work, then the process lock. */
  public static void main(String[] args) throws InterruptedException {
    mutex.lock(); // if mutex.acquire(1):
    try {
      System.out.println("doing the work");
    } finally {
      mutex.unlock(); // mutex.release()
    }

    counter = 0;
    runThreads(
        () -> {
          mutex.lock();
          try {
            counter++;
          } finally {
            mutex.unlock();
          }
        });
    System.out.println(
        THREADS + " threads x " + INCREMENTS + " increments under a ReentrantLock: " + counter);

    counter = 0;
    runThreads(
        () -> {
          synchronized (monitor) {
            counter++;
          }
        });
    System.out.println(
        THREADS + " threads x " + INCREMENTS + " increments in synchronized: " + counter);

    try {
      ThreadLockProcesses.tryLock(mutex);
    } catch (IllegalArgumentException e) {
      System.out.println("a ReentrantLock cannot go to a child process: " + e.getMessage());
    }

    try (ProcessLock lock = ProcessLock.create()) {
      lock.lock();
      try {
        System.out.println(
            "a child tries the process lock while main holds it: " + childTries(lock));
      } finally {
        lock.unlock();
      }
      System.out.println(
          "a child tries the process lock after main released it: " + childTries(lock));
    }
  }

  /** Runs {@code increment} {@link #INCREMENTS} times on each of {@link #THREADS} threads. */
  private static void runThreads(Runnable increment) throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Thread thread =
          new Thread(
              () -> {
                for (int i = 0; i < INCREMENTS; i++) {
                  increment.run();
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
  }

  private static boolean childTries(ProcessLock lock) throws InterruptedException {
    ChildProcess<Boolean> child = ThreadLockProcesses.tryLock(lock);
    child.start();
    child.join();
    return child.result();
  }
}
