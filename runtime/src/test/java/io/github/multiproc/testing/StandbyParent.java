package io.github.multiproc.testing;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Multiproc;
import io.github.multiproc.StartMethod;

/**
 * A parent JVM for the standby clean-up tests: switches to {@link StartMethod#STANDBY}, which boots
 * standby JVMs, prints "ready", then returns from main ({@code args[0]} "exit") or sleeps until
 * killed ("hold"); "slow" first runs a {@link SlowWarmUpLauncher} child, so the standbys booted
 * after it are still warming up for a long time, then sleeps until killed.
 */
public final class StandbyParent {
  private StandbyParent() {}

  public static void main(String[] args) throws InterruptedException {
    Multiproc.setStartMethod(StartMethod.STANDBY);
    if (args[0].equals("slow")) {
      Thread.sleep(2_000); // a standby is ready by then: the child takes it, a replacement boots
      ChildProcess<Void> child = SlowWarmUpLauncher.nothing();
      child.start();
      child.join();
    }
    System.out.println("ready");
    System.out.flush();
    if (!args[0].equals("exit")) {
      Thread.sleep(120_000);
    } else {
      Thread.sleep(Long.parseLong(args[1])); // let the standbys start before the exit
    }
  }
}
