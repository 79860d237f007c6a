package io.github.multiproc.samples;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Multiproc;
import io.github.multiproc.annotation.Worker;

/**
 * Seed 000 §2 "with name": processes named {@code worker 1}, the default {@code Process-N}, and
 * {@code my_service}, each printing its own name from {@code current_process().name}.
 *
 * <p>The Python sleeps 2 s and 3 s; the port sleeps 0.2 s and 0.3 s so that running every sample
 * stays quick. The order of the lines is the same: both workers exit before the service.
 *
 * <p>Like the Python, {@code main} never joins; the CLI joins at the end (see {@link Main}).
 */
public final class Named {
  private Named() {}

  @Worker
  static void worker() throws InterruptedException {
    String name = Multiproc.currentProcess().name();
    System.out.println(name + " Starting");
    Thread.sleep(200); // time.sleep(2)
    System.out.println(name + " Exiting");
  }

  @Worker(name = "my_service")
  static void myService() throws InterruptedException {
    String name = Multiproc.currentProcess().name();
    System.out.println(name + " Starting");
    Thread.sleep(300); // time.sleep(3)
    System.out.println(name + " Exiting");
  }

  /** Starts the three processes and returns, as the Python does. */
  public static void main(String[] args) {
    ChildProcess<Void> service = NamedProcesses.myService(); // name='my_service' on the annotation
    ChildProcess<Void> worker1 = NamedProcesses.worker();
    worker1.name("worker 1");
    ChildProcess<Void> worker2 = NamedProcesses.worker(); // default name

    worker1.start();
    worker2.start();
    service.start();
  }
}
