package io.github.multiproc.cluster;

import io.github.multiproc.annotation.Pooled;
import java.util.concurrent.atomic.AtomicInteger;

/** The tasks the cluster tests run on members; the processor generates {@code WorkTasks}. */
public final class Work {
  /** How many times {@link #counted} ran in this JVM (in-JVM members run tasks on threads here). */
  static final AtomicInteger COUNTED = new AtomicInteger();

  private Work() {}

  @Pooled
  static int square(int x) {
    return x * x;
  }

  @Pooled
  static String add(int a, String b) {
    return b + a;
  }

  @Pooled
  static int failIfOdd(int x) {
    if (x % 2 == 1) {
      throw new IllegalArgumentException("odd " + x);
    }
    return x;
  }

  @Pooled
  static int counted(int x) {
    COUNTED.incrementAndGet();
    return x;
  }

  /** Sleeps {@code millis}, then returns it: load for the kill tests. */
  @Pooled
  static int sleepy(int millis) throws InterruptedException {
    Thread.sleep(millis);
    return millis;
  }

  /** Ends the JVM that runs it at once, as a crash would. */
  @Pooled
  static int halt(int code) {
    Runtime.getRuntime().halt(code);
    return code;
  }

  /** The pid of the JVM that ran it: shows a member's worker JVMs. */
  @Pooled
  static long pid(int ignored) {
    return ProcessHandle.current().pid();
  }
}
