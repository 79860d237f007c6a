package demo;

import io.github.multiproc.annotation.Daemon;
import io.github.multiproc.annotation.Pooled;
import io.github.multiproc.annotation.Worker;

public class Mixed {
  public enum Mode { FAST, SLOW }

  @Worker
  @Pooled
  public static String run(Mode mode, String text) {
    return mode + text;
  }

  @Pooled
  static Mode flip(Mode mode) {
    return mode == Mode.FAST ? Mode.SLOW : Mode.FAST;
  }

  @Daemon
  static void watch(long interval) {}
}
