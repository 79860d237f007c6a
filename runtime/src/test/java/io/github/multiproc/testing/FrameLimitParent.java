package io.github.multiproc.testing;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Multiproc;
import io.github.multiproc.StartMethod;

/**
 * A parent JVM run with a {@code -Dmultiproc.maxFrameBytes} of {@code args[0]}: prints what
 * {@code start()} does with an argument over that limit ("refused &lt;message&gt;" or "started"),
 * then what a spawned child and a child taken from a standby JVM report as their limit
 * ({@link FrameLimitWorkers}).
 */
public final class FrameLimitParent {
  private FrameLimitParent() {}

  public static void main(String[] args) throws InterruptedException {
    int limit = Integer.parseInt(args[0]);
    ChildProcess<String> tooBig = BasicWorkersProcesses.echo("x".repeat(limit));
    try {
      tooBig.start();
      tooBig.join();
      System.out.println("started");
    } catch (IllegalArgumentException e) {
      System.out.println("refused " + e.getMessage());
    }
    ChildProcess<String> spawned = FrameLimitWorkersProcesses.limit();
    spawned.start();
    System.out.println("child " + spawned.result());
    Multiproc.setStartMethod(StartMethod.STANDBY);
    // A start spawns while no standby is ready yet: try until one ran in a standby JVM.
    for (int attempt = 0; attempt < 20; attempt++) {
      Thread.sleep(500);
      ChildProcess<String> child = FrameLimitWorkersProcesses.limit();
      child.start();
      String reported = child.result();
      if (reported.endsWith("standby")) {
        System.out.println("child " + reported);
        break;
      }
    }
    System.out.flush();
  }
}
