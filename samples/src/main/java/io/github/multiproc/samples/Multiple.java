package io.github.multiproc.samples;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Multiproc;
import io.github.multiproc.annotation.Worker;

/**
 * Seed 001 §1.2: three functions run as three processes while the parent lists its children.
 *
 * <pre>{@code
 * p1 = multiprocessing.Process(target=worker_1, args=(2,))
 * p2 = multiprocessing.Process(target=worker_2, args=(2,))
 * p3 = multiprocessing.Process(target=worker_3, args=(4,))
 * p1.start(); p2.start(); p3.start()
 * print("The number of CPU is:" + str(multiprocessing.cpu_count()))
 * for p in multiprocessing.active_children():
 *     print("child p.name:" + p.name + "\t p.id" + str(p.pid))
 * print("END!!!!!")
 * }</pre>
 *
 * <p>The intervals are the Python's divided by ten (0.2 s, 0.2 s, 0.4 s) to keep the run quick.
 * The parent prints END while its children still run and does not join them: Python joins them
 * at exit, the samples CLI after the sample returns (see {@link Main}).
 */
public final class Multiple {
  private Multiple() {}

  @Worker
  static void worker1(long intervalMillis) throws InterruptedException {
    System.out.println("worker_1");
    Thread.sleep(intervalMillis);
    System.out.println("end_worker_1");
  }

  @Worker
  static void worker2(long intervalMillis) throws InterruptedException {
    System.out.println("worker_2");
    Thread.sleep(intervalMillis);
    System.out.println("end_worker_2");
  }

  @Worker
  static void worker3(long intervalMillis) throws InterruptedException {
    System.out.println("worker_3");
    Thread.sleep(intervalMillis);
    System.out.println("end_worker_3");
  }

  /** Starts the three workers, lists the live children and returns. */
  public static void main(String[] args) {
    ChildProcess<Void> p1 = MultipleProcesses.worker1(200);
    ChildProcess<Void> p2 = MultipleProcesses.worker2(200);
    ChildProcess<Void> p3 = MultipleProcesses.worker3(400);

    p1.start();
    p2.start();
    p3.start();

    System.out.println("The number of CPU is:" + Multiproc.cpuCount());
    for (ChildProcess<?> p : Multiproc.activeChildren()) {
      System.out.println("child p.name:" + p.name() + "\t p.id" + p.pid());
    }
    System.out.println("END!!!!!");
  }
}
