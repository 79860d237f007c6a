package io.github.multiproc.benchmarks;

/**
 * A bare hello-world {@code main}: the baseline a started child is compared with (the cost of a
 * JVM that does nothing), run with the same {@code java} and the same class path as the children.
 */
public final class HelloWorld {
  private HelloWorld() {}

  /** Prints one line and returns. */
  public static void main(String[] args) {
    System.out.println("hello world");
  }
}
