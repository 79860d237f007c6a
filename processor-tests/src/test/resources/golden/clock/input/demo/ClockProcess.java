package demo;

import io.github.multiproc.annotation.Worker;
import jakarta.inject.Inject;
import java.time.Duration;

/** Python's {@code class ClockProcess(Process)} from seed 001. */
@Worker(name = "clock")
public class ClockProcess implements Runnable {
  private final Duration interval;

  @Inject
  public ClockProcess(Duration interval) {
    this.interval = interval;
  }

  public ClockProcess() {
    this(Duration.ofSeconds(1));
  }

  @Override
  public void run() {
    System.out.println("slept " + interval);
  }
}
