package io.github.multiproc.testing;

import io.github.multiproc.Pool;
import java.util.List;

/**
 * A program whose {@link Pool} is never closed, as a Python script that forgets
 * {@code pool.close()}: it maps once, prints the result and returns from main, leaving the JVM's
 * exit to end the idle workers.
 */
public final class UnclosedPoolParent {
  private UnclosedPoolParent() {}

  public static void main(String[] args) {
    Pool pool = Pool.create(Integer.parseInt(args[0]));
    System.out.println(pool.map(PoolTestTasks.square, List.of(1, 2, 3)));
  }
}
