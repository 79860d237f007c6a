package io.github.multiproc.samples;

import io.github.multiproc.ChildProcess;

/**
 * Seed 000 §4 "join". The seed's section 4 repeats section 3 word for word; this ports what its
 * source (pymotw's {@code multiprocessing_daemon_join.py}) does: the same daemon and non-daemon,
 * then {@code d.join(); n.join()}. Because the parent waits for the daemon, the daemon's {@code
 * Exiting} line does print this time.
 *
 * <p>The two workers are {@link DaemonSample}'s, as in the Python, where only the main block
 * differs. The timings are the Python's (1 s, 2 s).
 */
public final class Join {
  private Join() {}

  /** Starts both processes and waits for both. */
  public static void main(String[] args) throws InterruptedException {
    ChildProcess<Void> d = DaemonSampleProcesses.daemon(2000); // d.daemon = True, by @Daemon
    ChildProcess<Void> n = DaemonSampleProcesses.nonDaemon();

    d.start();
    Thread.sleep(1000);
    n.start();

    d.join();
    n.join();
  }
}
