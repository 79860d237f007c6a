package io.github.multiproc.testing;

import io.github.multiproc.PoolTask;
import io.github.multiproc.annotation.Pooled;
import io.github.multiproc.wire.Codecs;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The "user code" of the pool tests: the processor generates the pool tasks
 * {@code PoolWorkersTasks} and their {@code PoolWorkers_TaskProvider} from it.
 */
public final class PoolWorkers {
  private static final AtomicInteger CALLS = new AtomicInteger();
  private static volatile String initialized;

  /**
   * A task no TaskProvider lists, so a worker cannot find it: written by hand because the processor
   * lists every task it generates.
   */
  public static final PoolTask<Integer, Integer> UNLISTED =
      PoolTask.of(
          "testing.Pool#unlisted(int)", Codecs.INTEGER, Codecs.INTEGER, PoolWorkers::square);

  private PoolWorkers() {}

  /** Returns x squared, counting the call. */
  @Pooled
  public static int square(int x) {
    CALLS.incrementAndGet();
    return x * x;
  }

  /** Returns the sum, counting the call. */
  @Pooled
  public static int add(int a, int b) {
    CALLS.incrementAndGet();
    return a + b;
  }

  /** Throws an {@code IllegalStateException} with {@code message}. */
  @Pooled
  public static void fail(String message) {
    throw new IllegalStateException(message);
  }

  /** Ends the worker's JVM with {@code System.exit(code)}. */
  @Pooled
  public static void exit(int code) {
    System.exit(code);
  }

  /** Ends the worker's JVM with {@code Runtime.halt(code)}. */
  @Pooled
  public static void halt(int code) {
    Runtime.getRuntime().halt(code);
  }

  /** Fills the heap until it runs out. */
  @Pooled
  public static void oom() {
    List<long[]> hog = new ArrayList<>();
    while (true) {
      hog.add(new long[1 << 20]);
    }
  }

  /** Sleeps the given milliseconds, returns the worker's pid. */
  @Pooled
  public static long sleep(long millis) throws InterruptedException {
    Thread.sleep(millis);
    return ProcessHandle.current().pid();
  }

  /** Returns what the initializer stored, or null. */
  @Pooled
  public static String initialized() {
    return initialized;
  }

  /** An initializer: stores {@code value} and the pid for {@link #initialized}. */
  @Pooled
  public static void init(String value) {
    initialized = value + "@" + ProcessHandle.current().pid();
  }

  /** An initializer that throws. */
  @Pooled
  public static void badInit(String message) {
    fail(message);
  }

  /**
   * How many calls of {@code square}, {@code add} and itself this JVM has run, this one included:
   * a side effect that shows whether anything but the pool's real tasks called user code.
   */
  @Pooled
  public static int callCount() {
    return CALLS.incrementAndGet();
  }

  /** The main class this worker's JVM was started with: a standby JVM's, or the launcher's. */
  @Pooled
  public static String mainClass() {
    return System.getProperty("sun.java.command", "").split(" ")[0];
  }

  /** The {@link #callCount} of this JVM, without counting a call. */
  public static int userCalls() {
    return CALLS.get();
  }
}
