package io.github.multiproc.samples;

import io.github.multiproc.annotation.Worker;

/**
 * Seed 000 §1 "basic": five processes, each printing its number.
 *
 * <pre>{@code
 * def worker(num):
 *     print('Worker:', num)
 *
 * if __name__ == '__main__':
 *     jobs = []
 *     for i in range(5):
 *         p = multiprocessing.Process(target=worker, args=(i,))
 *         jobs.append(p)
 *         p.start()
 * }</pre>
 *
 * <p>Like the Python, {@code main} never joins: Python joins every child when the interpreter
 * exits. The samples CLI does the same after each sample returns (see {@link Main}).
 */
public final class Basic {
  private Basic() {}

  /** thread worker function */
  @Worker
  static void worker(int num) {
    System.out.println("Worker: " + num);
  }

  /** Starts five workers and returns without joining them, as the Python does. */
  public static void main(String[] args) {
    for (int i = 0; i < 5; i++) {
      BasicProcesses.worker(i).start();
    }
  }
}
