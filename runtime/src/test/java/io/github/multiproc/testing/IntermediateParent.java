package io.github.multiproc.testing;

import io.github.multiproc.ChildProcess;

/**
 * A parent JVM for the exit-semantics tests: starts a child that sleeps {@code args[1]} ms (a
 * daemon if {@code args[0]} is "daemon"), prints the child's pid, then either returns from main
 * ({@code args[2]} "exit"), calls {@code System.exit(0)} while the child still boots ("sysexit")
 * or sleeps until killed ("hold"). With {@code args[0]} "closesStdin" it runs a child that closes
 * its own stdin instead, and prints how it ended.
 */
public final class IntermediateParent {
  private IntermediateParent() {}

  public static void main(String[] args) throws InterruptedException {
    if (args[0].equals("closesStdin")) {
      ChildProcess<Void> child = BasicWorkersProcesses.closeStdinThenSleep();
      child.start();
      System.out.println(
          "joined " + child.join(java.time.Duration.ofSeconds(20)) + " exit " + child.exitCode());
      return;
    }
    ChildProcess<Void> child = BasicWorkersProcesses.sleep(Long.parseLong(args[1]));
    child.daemon(args[0].equals("daemon"));
    child.start();
    System.out.println("child " + child.pid());
    System.out.flush();
    if (args[2].equals("hold")) {
      Thread.sleep(120_000);
    } else if (args[2].equals("sysexit")) {
      System.exit(0);
    }
  }
}
