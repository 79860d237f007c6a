package com.example.boot;

import io.github.multiproc.ProcessQueue;
import io.github.multiproc.annotation.Pooled;
import io.github.multiproc.annotation.Worker;

/** What the children of the Boot application run. */
public final class Squares {
  private Squares() {}

  /** A pool task. */
  @Pooled
  static int square(int x) {
    return x * x;
  }

  /**
   * Sums what arrives on {@code queue} until a negative number, and says where it ran:
   * {@code <sum> <class loader of this class> <pid>}.
   */
  @Worker
  static String sum(ProcessQueue<Integer> queue) throws InterruptedException {
    int sum = 0;
    for (int value = queue.take(); value >= 0; value = queue.take()) {
      sum += value;
    }
    return sum
        + " "
        + Squares.class.getClassLoader().getClass().getSimpleName()
        + " "
        + ProcessHandle.current().pid();
  }
}
