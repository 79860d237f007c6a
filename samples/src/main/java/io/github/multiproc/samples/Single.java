package io.github.multiproc.samples;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.annotation.Worker;

/**
 * Seed 001 §1.1: one function run as one process, which the parent joins before carrying on.
 *
 * <pre>{@code
 * def test():
 *   while True:
 *      print("-----test--------")
 *      time.sleep(1)
 *
 * p = Process(target=test)
 * p.start()
 * p.join()
 *
 * while True:
 *   print("--------main----------")
 *   time.sleep(1)
 * }</pre>
 *
 * <p>Both Python loops run forever, so the parent's loop never even starts: {@code p.join()}
 * waits for a process that does not end. A sample that never ends cannot run beside the others,
 * so the port bounds both loops to {@value #ROUNDS} rounds of 0.1 s; what it shows is unchanged:
 * every "test" line comes before the first "main" line, because {@code join()} blocks.
 */
public final class Single {
  private static final int ROUNDS = 3;

  private Single() {}

  @Worker
  static void test() throws InterruptedException {
    for (int i = 0; i < ROUNDS; i++) { // while True:
      System.out.println("-----test--------");
      Thread.sleep(100); // time.sleep(1)
    }
  }

  /** Runs {@code test} in a child, waits for it, then loops in the parent. */
  public static void main(String[] args) throws InterruptedException {
    ChildProcess<Void> p = SingleProcesses.test();
    p.start(); // the child runs test()
    p.join(); // wait until it has ended: this blocks

    for (int i = 0; i < ROUNDS; i++) { // while True:
      System.out.println("--------main----------");
      Thread.sleep(100);
    }
  }
}
