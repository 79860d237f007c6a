package io.github.multiproc.samples;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Seed 003 "线程通信 / 队列" (threads talking through a queue).
 *
 * <pre>{@code
 * # python的数据类型Queue，注意这里和多进程使用的队列不同。
 * # (Python's Queue type; note that it is not the queue processes use.)
 * import queue
 * }</pre>
 *
 * <p>The note stops at the import; the port shows the queue at work, as the {@code queue-rw}
 * sample does for processes: a writer thread puts A, B and C and a reader thread takes them until
 * a sentinel. Python's {@code queue.Queue} is Java's {@link BlockingQueue} ({@code put},
 * {@code take}); between threads any {@code java.util.concurrent} queue does, and the items are
 * the very objects put (nothing is copied). Between processes the queue must be a
 * {@code ProcessQueue}, the same {@code BlockingQueue} interface, whose items are encoded and
 * cross as bytes.
 */
public final class ThreadQueue {
  /** Tells the reader that nothing more comes; compared by identity. */
  private static final String DONE = new String("DONE");

  private ThreadQueue() {}

  static void write(BlockingQueue<String> q) throws InterruptedException {
    System.out.println("Thread to write: " + Thread.currentThread().getName());
    for (String value : new String[] {"A", "B", "C"}) {
      System.out.println("Put " + value + " to queue...");
      q.put(value);
    }
    q.put(DONE);
  }

  static void read(BlockingQueue<String> q) throws InterruptedException {
    System.out.println("Thread to read: " + Thread.currentThread().getName());
    while (true) {
      String value = q.take();
      if (value == DONE) {
        return;
      }
      System.out.println("Get " + value + " from queue.");
    }
  }

  /** Starts the writer and the reader on one queue and waits for both. */
  public static void main(String[] args) throws InterruptedException {
    BlockingQueue<String> q = new LinkedBlockingQueue<>(); // q = queue.Queue()
    Thread pw = new Thread(() -> runBlocking(() -> write(q)), "writer");
    Thread pr = new Thread(() -> runBlocking(() -> read(q)), "reader");
    pw.start();
    pr.start();
    pw.join();
    pr.join();
  }

  /** A thread body that may be interrupted while it waits on the queue. */
  @FunctionalInterface
  private interface Blocking {
    void run() throws InterruptedException;
  }

  private static void runBlocking(Blocking body) {
    try {
      body.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
