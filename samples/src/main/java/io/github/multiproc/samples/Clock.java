package io.github.multiproc.samples;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Multiproc;
import java.time.Duration;

/**
 * Seed 001 §1.3, the parent side: starts one {@link ClockProcess}.
 *
 * <pre>{@code
 * if __name__ == "__main__":
 *   print("当前程序进程(%s)" % os.getpid())
 *   p1 = ClockProcess(2)
 *   p.start()
 * }</pre>
 *
 * <p>The Python does not run as written ({@code __int__} for {@code __init__}, {@code p} for
 * {@code p1}, no {@code import os}); the port does what it means. The messages are the Python's
 * Chinese translated to English, and the interval is 0.2 s instead of 2 s to keep the run quick.
 * The Python relies on the exit-time join; the port joins explicitly.
 */
public final class Clock {
  private Clock() {}

  /** Prints this process's pid and runs one clock process. */
  public static void main(String[] args) throws InterruptedException {
    System.out.printf("Current process (%d)%n", Multiproc.currentProcess().pid());
    ChildProcess<Void> p1 = ClockProcessProcesses.create(Duration.ofMillis(200));
    p1.start();
    p1.join();
  }
}
