package com.example.squares;

import io.github.multiproc.annotation.Worker;

/** A user's class with one worker. */
public class Squares {
  /** Squares {@code x} in a child JVM, and says which process did it. */
  @Worker
  static String square(int x) {
    return (x * x) + " from pid " + ProcessHandle.current().pid();
  }
}
