package io.github.multiproc.samples;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.annotation.Worker;

/**
 * Seed 000 §5 "terminate": a process is terminated right after it starts, and its handle is
 * printed at each step.
 *
 * <pre>{@code
 * p = multiprocessing.Process(target=slow_worker)
 * print('BEFORE:', p, p.is_alive())
 * p.start()
 * print('DURING:', p, p.is_alive())
 * p.terminate()
 * print('TERMINATED:', p, p.is_alive())
 * p.join()
 * print('JOINED:', p, p.is_alive())
 * }</pre>
 *
 * <p>The port also prints the exit code after the join: -15, Python's "ended by signal 15
 * (SIGTERM)". This is the reason to use a process rather than a thread: Java has no safe way to
 * stop a thread, but a process can always be stopped.
 *
 * <p>The worker sleeps 1 s where Python's sleeps 0.1 s: the terminate must land while it sleeps,
 * and a parent thread descheduled for 0.1 s on a loaded machine would miss that. The output is the
 * same either way.
 */
public final class Terminate {
  private Terminate() {}

  @Worker
  static void slowWorker() throws InterruptedException {
    System.out.println("Starting worker");
    Thread.sleep(1000);
    System.out.println("Finished worker");
  }

  /** Starts, terminates and joins one process, printing it at each step. */
  public static void main(String[] args) throws InterruptedException {
    ChildProcess<Void> p = TerminateProcesses.slowWorker();
    System.out.println("BEFORE: " + p + " " + p.isAlive());

    p.start();
    System.out.println("DURING: " + p + " " + p.isAlive());

    p.terminate();
    System.out.println("TERMINATED: " + p + " " + p.isAlive());

    p.join();
    System.out.println("JOINED: " + p + " " + p.isAlive());
    System.out.println("exit code: " + p.exitCode());
  }
}
