package io.github.multiproc.samples;

import io.github.multiproc.Pool;
import io.github.multiproc.annotation.Pooled;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Seed 003 "进程池" (process pool): ten tasks on a pool of four worker processes.
 *
 * <pre>{@code
 * from multiprocessing.pool import Pool
 * from time import sleep, time
 * import random
 * import os
 *
 * def run(name):
 *     print("%s子进程开始，进程ID：%d" % (name, os.getpid()))
 *     start = time()
 *     sleep(random.choice([1, 2, 3, 4]))
 *     end = time()
 *     print("%s子进程结束，进程ID：%d。耗时0.2%f" % (name, os.getpid(), end-start))
 *
 * if __name__ == "__main__":
 *     print("父进程开始")
 *     # 创建多个进程，表示可以同时执行的进程数量。默认大小是CPU的核心数
 *     p = Pool(4)
 *     for i in range(10):
 *         # 创建进程，放入进程池统一管理
 *         p.apply_async(run, args=(i,))
 *     # 如果我们用的是进程池，在调用join()之前必须要先close()，
 *     # 并且在close()之后不能再继续往进程池添加新的进程
 *     p.close()
 *     # 进程池对象调用join，会等待进程池中所有的子进程结束完毕再去结束父进程
 *     p.join()
 *     print("父进程结束。")
 *     p.terminate()
 * }</pre>
 *
 * <p>A function a pool may run is marked {@code @Pooled}; the processor generates
 * {@code PoolSampleTasks.run}, the handle {@code applyAsync} takes, with the argument type checked
 * by the compiler. The messages are in English ("child process 3 starts, pid: 4711"), the sleeps
 * are the Python's divided by ten (0.1 to 0.4 s) to keep the run short, and the time format is
 * the one the note meant ({@code %0.2f}; the note has a typo, {@code 0.2%f}).
 *
 * <p>As the note says: {@code close()} must come before {@code join()}, no task can be added after
 * it, and {@code join()} waits until every queued task has run and every worker has exited. The
 * final {@code terminate()} then has nothing left to stop. The start and end lines of different
 * workers interleave, and a worker's pid shows up once for each task it ran.
 */
public final class PoolSample {
  private static final long[] SLEEP_MILLIS = {100, 200, 300, 400}; // random.choice([1, 2, 3, 4])

  private PoolSample() {}

  @Pooled
  static void run(int name) throws InterruptedException {
    long pid = ProcessHandle.current().pid();
    // One print per line: the workers share one stdout, and printf writes it piece by piece.
    System.out.print(String.format("child process %d starts, pid: %d%n", name, pid));
    long start = System.nanoTime();
    Thread.sleep(SLEEP_MILLIS[ThreadLocalRandom.current().nextInt(SLEEP_MILLIS.length)]);
    double took = (System.nanoTime() - start) / 1e9;
    System.out.print(
        String.format(
            Locale.ROOT, "child process %d ends, pid: %d. took %.2f s%n", name, pid, took));
  }

  /** Runs {@code run(0)} to {@code run(9)} on a pool of four processes. */
  public static void main(String[] args) throws InterruptedException {
    System.out.println("parent process starts");
    Pool p = Pool.create(4); // the number of tasks that can run at once; default: the CPU count
    for (int i = 0; i < 10; i++) {
      p.applyAsync(PoolSampleTasks.run, i); // p.apply_async(run, args=(i,))
    }
    p.close(); // no new tasks; the queued ones still run
    p.join(); // waits for every task and every worker
    System.out.println("parent process ends.");
    p.terminate();
  }
}
