package demo;

import io.github.multiproc.annotation.Pooled;

public class Chores {
  @Pooled
  public static void warmUp() {}
}
