package demo;

import io.github.multiproc.annotation.Pooled;

/** Seed 004's pool-callback: Foo(i) returns i + 100. */
public class PoolCallback {
  @Pooled
  static int foo(int i) {
    return i + 100;
  }
}
