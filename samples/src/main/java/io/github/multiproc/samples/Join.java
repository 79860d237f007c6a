package io.github.multiproc.samples;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Multiproc;
import io.github.multiproc.ProcessInfo;
import io.github.multiproc.annotation.Worker;

/**
 * Seed 000 §4 "join". The seed's section 4 repeats section 3 word for word; this ports what its
 * source (pymotw's {@code multiprocessing_daemon_join.py}) does: the same daemon and non-daemon,
 * then {@code d.join(); n.join()}. Because the parent waits for the daemon, the daemon's {@code
 * Exiting} line does print this time.
 *
 * <p>Here the daemon flag is set on the handle, as the Python's {@code d.daemon = True}, instead
 * of with {@code @Daemon}: both are supported. The timings are the Python's (1 s, 2 s).
 */
public final class Join {
  private Join() {}

  @Worker(name = "daemon")
  static void daemon() throws InterruptedException {
    ProcessInfo p = Multiproc.currentProcess();
    System.out.println("Starting: " + p.name() + " " + p.pid());
    System.out.flush();
    Thread.sleep(2000);
    System.out.println("Exiting : " + p.name() + " " + p.pid());
    System.out.flush();
  }

  @Worker(name = "non-daemon")
  static void nonDaemon() {
    ProcessInfo p = Multiproc.currentProcess();
    System.out.println("Starting: " + p.name() + " " + p.pid());
    System.out.flush();
    System.out.println("Exiting : " + p.name() + " " + p.pid());
    System.out.flush();
  }

  /** Starts both processes and waits for both. */
  public static void main(String[] args) throws InterruptedException {
    ChildProcess<Void> d = JoinProcesses.daemon();
    d.daemon(true);
    ChildProcess<Void> n = JoinProcesses.nonDaemon();
    n.daemon(false);

    d.start();
    Thread.sleep(1000);
    n.start();

    d.join();
    n.join();
  }
}
