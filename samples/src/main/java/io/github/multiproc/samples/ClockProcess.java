package io.github.multiproc.samples;

import io.github.multiproc.Multiproc;
import io.github.multiproc.annotation.Worker;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Seed 001 §1.3: a process defined as a class, Python's {@code class ClockProcess(Process)} with
 * its {@code run()}.
 *
 * <p>The Python subclasses {@code Process} and passes {@code interval} to its constructor. Here
 * the class is a plain {@link Runnable}; {@code @Worker} makes the processor generate
 * {@code ClockProcessProcesses.create(Duration)}, which sends the constructor argument to a fresh
 * JVM where this class is built through its {@code @Inject} constructor and {@link #run()} is
 * called.
 */
@Worker
public class ClockProcess implements Runnable {
  private final Duration interval;

  /** Python's {@code __init__(self, interval)}. */
  @Inject
  public ClockProcess(Duration interval) {
    this.interval = interval;
  }

  @Override
  public void run() {
    long pid = Multiproc.currentProcess().pid(); // os.getpid()
    long ppid = Multiproc.parentProcess().orElseThrow().pid(); // os.getppid()
    System.out.printf("Child process (%d) starts, its parent is (%d)%n", pid, ppid);
    long start = System.nanoTime();
    try {
      Thread.sleep(interval.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("(%d) finished, took %.2f seconds%n", pid, seconds);
  }
}
