package io.github.multiproc.testing;

import io.github.multiproc.Multiproc;
import io.github.multiproc.StartMethod;

/**
 * A parent JVM for the standby clean-up tests: switches to {@link StartMethod#STANDBY}, which boots
 * standby JVMs, prints "ready", then returns from main ({@code args[0]} "exit") or sleeps until
 * killed ("hold").
 */
public final class StandbyParent {
  private StandbyParent() {}

  public static void main(String[] args) throws InterruptedException {
    Multiproc.setStartMethod(StartMethod.STANDBY);
    System.out.println("ready");
    System.out.flush();
    if (args[0].equals("hold")) {
      Thread.sleep(120_000);
    } else {
      Thread.sleep(Long.parseLong(args[1])); // let the standbys start before the exit
    }
  }
}
