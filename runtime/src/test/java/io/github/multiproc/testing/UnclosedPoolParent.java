package io.github.multiproc.testing;

import io.github.multiproc.Pool;
import java.util.List;

/**
 * A program whose {@link Pool} of {@code args[0]} workers is never closed, as a Python script that
 * forgets {@code pool.close()}: it maps once, prints the result and returns from main (or, with
 * {@code args[1]} "sysexit", calls {@code System.exit(0)}), leaving the JVM's exit to end the idle
 * workers.
 */
public final class UnclosedPoolParent {
  private UnclosedPoolParent() {}

  public static void main(String[] args) {
    Pool pool = Pool.create(Integer.parseInt(args[0]));
    System.out.println(pool.map(PoolWorkersTasks.square, List.of(1, 2, 3)));
    if (args.length > 1 && args[1].equals("sysexit")) {
      System.out.flush();
      System.exit(0);
    }
  }
}
