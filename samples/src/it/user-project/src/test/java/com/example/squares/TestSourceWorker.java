package com.example.squares;

import io.github.multiproc.annotation.Worker;

/** A worker declared in test sources, which Surefire puts on the class path. */
class TestSourceWorker {
  /** Cubes {@code x} in a child JVM, and says which process did it. */
  @Worker
  static String cube(int x) {
    return (x * x * x) + " from pid " + ProcessHandle.current().pid();
  }
}
