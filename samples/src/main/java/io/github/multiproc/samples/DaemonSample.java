package io.github.multiproc.samples;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Multiproc;
import io.github.multiproc.ProcessInfo;
import io.github.multiproc.annotation.Daemon;
import io.github.multiproc.annotation.Worker;

/**
 * Seed 000 §3 "daemon": a daemon and a non-daemon process; the parent returns without joining.
 *
 * <pre>{@code
 * d = multiprocessing.Process(name='daemon', target=daemon)
 * d.daemon = True
 * n = multiprocessing.Process(name='non-daemon', target=non_daemon)
 * n.daemon = False
 * d.start()
 * time.sleep(1)
 * n.start()
 * }</pre>
 *
 * <p>When the Python program ends, its exit handler terminates the daemon, which therefore never
 * prints its {@code Exiting} line, and joins the non-daemon. The samples CLI does exactly that
 * after this sample returns (see {@link Main}). The parent's 1 s sleep is the Python's and lets the
 * daemon's JVM start and print {@code Starting} before it is terminated. The daemon naps 5 s here
 * instead of Python's 2 s: {@code n.start()} waits for the non-daemon's JVM to boot, which on a
 * loaded machine can take longer than the second Python's fork leaves, and the daemon must still be
 * asleep when the program ends. {@link Join} passes Python's 2 s.
 */
public final class DaemonSample {
  private DaemonSample() {}

  @Daemon(name = "daemon")
  static void daemon(long napMillis) throws InterruptedException {
    ProcessInfo p = Multiproc.currentProcess();
    System.out.println("Starting: " + p.name() + " " + p.pid());
    System.out.flush();
    Thread.sleep(napMillis);
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

  /** Starts the daemon, then the non-daemon, and returns without joining either. */
  public static void main(String[] args) throws InterruptedException {
    ChildProcess<Void> d = DaemonSampleProcesses.daemon(5000); // d.daemon = True, by @Daemon
    ChildProcess<Void> n = DaemonSampleProcesses.nonDaemon(); // n.daemon = False, by @Worker

    d.start();
    Thread.sleep(1000);
    n.start();
  }
}
