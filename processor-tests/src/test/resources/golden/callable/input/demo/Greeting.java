package demo;

import io.github.multiproc.annotation.Worker;
import java.util.concurrent.Callable;

@Worker(jvmArgs = {"-Xmx32m", "-Dgreeting=1"})
public class Greeting implements Callable<String> {
  private final String name;
  private final int times;

  public Greeting(String name, int times) {
    this.name = name;
    this.times = times;
  }

  @Override
  public String call() {
    return ("Hello " + name + "! ").repeat(times);
  }
}
