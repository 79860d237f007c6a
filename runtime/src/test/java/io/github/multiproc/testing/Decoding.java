package io.github.multiproc.testing;

import io.github.multiproc.wire.CorruptDataException;
import java.lang.management.ManagementFactory;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one decode of bytes a peer could send and checks the promise every decoder makes about bad
 * input: it returns a value or throws the one exception its contract names, never another
 * exception or error, never hangs, and never allocates far more than the bytes it was given (a
 * forged length must not make it allocate what the length announces).
 */
public final class Decoding {
  /** Longer than any decode of a few kilobytes takes, even on a loaded machine. */
  private static final long TIMEOUT_SECONDS = 10;

  /** Room for what a first decode loads (time-zone rules, a proxy's classes) and the value. */
  private static final long FIXED_ALLOWANCE = 8L << 20;

  /** A decoded value may be this many times larger than its bytes (a boxed element per byte). */
  private static final long ALLOWANCE_PER_BYTE = 128;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** One daemon thread: a decode that hangs fails the property and cannot block the JVM's exit. */
  private static final ExecutorService DECODER =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "decoding-property");
            thread.setDaemon(true);
            return thread;
          });

  private Decoding() {}

  /**
   * Decodes with {@code decode}, which reads {@code bytes}, and returns the value, or {@code null}
   * when it threw {@link CorruptDataException}; fails on anything else.
   */
  public static <T> T valueOrCorrupt(byte[] bytes, Callable<T> decode) {
    return valueOr(CorruptDataException.class, bytes, decode);
  }

  /** Like {@link #valueOrCorrupt}, for a decoder whose contract names another exception. */
  public static <T> T valueOr(
      Class<? extends Exception> allowed, byte[] bytes, Callable<T> decode) {
    Outcome<T> outcome = run(bytes, decode);
    if (outcome.thrown == null) {
      return outcome.value;
    }
    if (allowed.isInstance(outcome.thrown)) {
      return null;
    }
    throw new AssertionError(
        "decoding "
            + describe(bytes)
            + " threw "
            + outcome.thrown
            + ", not a "
            + allowed.getSimpleName(),
        outcome.thrown);
  }

  /** Fails unless decoding {@code bytes} throws {@code expected}: a truncated message must. */
  public static void refused(
      Class<? extends Exception> expected, byte[] bytes, Callable<?> decode) {
    Outcome<?> outcome = run(bytes, decode);
    if (outcome.thrown == null) {
      throw new AssertionError(
          "decoding "
              + describe(bytes)
              + " gave "
              + outcome.value
              + " instead of a "
              + expected.getSimpleName());
    }
    if (!expected.isInstance(outcome.thrown)) {
      throw new AssertionError(
          "decoding "
              + describe(bytes)
              + " threw "
              + outcome.thrown
              + ", not a "
              + expected.getSimpleName(),
          outcome.thrown);
    }
  }

  private static <T> Outcome<T> run(byte[] bytes, Callable<T> decode) {
    Future<Outcome<T>> future = DECODER.submit(() -> measured(decode));
    Outcome<T> outcome;
    try {
      outcome = future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new AssertionError(
          "decoding " + describe(bytes) + " did not end within " + TIMEOUT_SECONDS + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } catch (ExecutionException e) {
      throw new AssertionError(e.getCause());
    }
    long allowed = FIXED_ALLOWANCE + ALLOWANCE_PER_BYTE * bytes.length;
    if (outcome.allocated > allowed) {
      throw new AssertionError(
          "decoding "
              + describe(bytes)
              + " allocated "
              + outcome.allocated
              + " bytes, more than"
              + " the "
              + allowed
              + " its "
              + bytes.length
              + " bytes can justify");
    }
    return outcome;
  }

  private static <T> Outcome<T> measured(Callable<T> decode) {
    long before = THREADS.getCurrentThreadAllocatedBytes();
    T value = null;
    Throwable thrown = null;
    try {
      value = decode.call();
    } catch (Throwable t) { // an Error (OutOfMemoryError, StackOverflowError) is a finding too
      thrown = t;
    }
    return new Outcome<>(value, thrown, THREADS.getCurrentThreadAllocatedBytes() - before);
  }

  private static String describe(byte[] bytes) {
    return bytes.length + " bytes [" + HexFormat.of().formatHex(bytes) + "]";
  }

  private record Outcome<T>(T value, Throwable thrown, long allocated) {}
}
