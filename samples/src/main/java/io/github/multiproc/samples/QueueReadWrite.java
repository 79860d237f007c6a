package io.github.multiproc.samples;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Multiproc;
import io.github.multiproc.ProcessQueue;
import io.github.multiproc.annotation.Worker;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Seed 003 "进程间通信 / Queue": one process writes values into a queue, another reads them.
 *
 * <p>The note describes the program without its code ("two processes, one writes, one reads;
 * write() hands what it wrote to the queue, the queue hands it to read()"); this is the classic
 * Python program it describes:
 *
 * <pre>{@code
 * def write(q):
 *     print('Process to write: %s' % os.getpid())
 *     for value in ['A', 'B', 'C']:
 *         print('Put %s to queue...' % value)
 *         q.put(value)
 *         time.sleep(random.random())
 *
 * def read(q):
 *     print('Process to read: %s' % os.getpid())
 *     while True:
 *         value = q.get(True)
 *         print('Get %s from queue.' % value)
 *
 * if __name__ == '__main__':
 *     q = Queue()
 *     pw = Process(target=write, args=(q,))
 *     pr = Process(target=read, args=(q,))
 *     pw.start()
 *     pr.start()
 *     pw.join()
 *     pr.terminate()
 * }</pre>
 *
 * <p>The Python stops its endless reader with {@code pr.terminate()} once the writer is done. The
 * port stops it with a sentinel instead: the parent puts {@link #STOP} after joining the writer and
 * the reader returns when it takes it. Terminating is a race: the reader is killed wherever it is,
 * so if it has not yet taken and printed the last value (the Python is saved only by the writer's
 * sleep after its last put) that value is lost, and a reader killed in the middle of a
 * {@code take} may lose the item it was receiving. With the sentinel the reader drains every value
 * in order and exits normally (exit code 0, not -15). {@code null}, Python's usual sentinel, cannot
 * be used: a {@link java.util.concurrent.BlockingQueue} rejects null elements.
 *
 * <p>The writer sleeps up to 0.1 s between values instead of up to 1 s, to keep the run quick.
 */
public final class QueueReadWrite {
  /** Tells the reader there is nothing more to read; never one of the written values. */
  static final String STOP = "STOP";

  private QueueReadWrite() {}

  /** 写数据进程执行的代码 (the writer). */
  @Worker
  static void write(ProcessQueue<String> q) throws InterruptedException {
    System.out.println("Process to write: " + Multiproc.currentProcess().pid());
    for (String value : List.of("A", "B", "C")) {
      System.out.println("Put " + value + " to queue...");
      q.put(value);
      Thread.sleep(ThreadLocalRandom.current().nextInt(100)); // time.sleep(random.random())
    }
  }

  /** 读数据进程执行的代码 (the reader): reads until it takes {@link #STOP}. */
  @Worker
  static void read(ProcessQueue<String> q) throws InterruptedException {
    System.out.println("Process to read: " + Multiproc.currentProcess().pid());
    while (true) {
      String value = q.take(); // q.get(True)
      if (value.equals(STOP)) {
        return;
      }
      System.out.println("Get " + value + " from queue.");
    }
  }

  /** Starts the writer and the reader, waits for the writer, then stops the reader. */
  public static void main(String[] args) throws InterruptedException {
    try (ProcessQueue<String> q = ProcessQueue.create()) {
      ChildProcess<Void> pw = QueueReadWriteProcesses.write(q);
      ChildProcess<Void> pr = QueueReadWriteProcesses.read(q);
      pw.start();
      pr.start();
      pw.join();
      q.put(STOP); // instead of pr.terminate(): see the class comment
      pr.join();
    }
  }
}
