package io.github.multiproc.internal.manager;

import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A built-in managed object (dict, list, namespace, value, lock, event, queue): arguments and result
 * are run-time-typed values ({@code Codecs.OBJECT}), as Python's proxies pickle theirs.
 */
abstract class BuiltinServed implements Served {
  @Override
  public final void call(String method, WireInput arguments, WireOutput result) throws Throwable {
    List<Object> args = new ArrayList<>();
    while (arguments.remaining() > 0) {
      args.add(Codecs.OBJECT.decode(arguments));
    }
    Codecs.OBJECT.encode(result, call(method, args.toArray()));
  }

  /** Runs one call; the subclass decides what is atomic (most are {@code synchronized}). */
  abstract Object call(String method, Object[] args) throws Throwable;

  static UnsupportedOperationException unknown(String method, String type) {
    return new UnsupportedOperationException("a managed " + type + " has no method " + method);
  }

  static long millis(Object value) {
    return ((Number) value).longValue();
  }

  /**
   * With this object's monitor held: waits on it until {@code done} or {@code timeoutMillis} has
   * passed (negative: no limit); whether {@code done}.
   */
  final boolean waitFor(long timeoutMillis, BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
    while (!done.getAsBoolean()) {
      if (timeoutMillis < 0) {
        wait();
      } else {
        long left = (deadline - System.nanoTime()) / 1_000_000L;
        if (left <= 0) {
          return false;
        }
        wait(left);
      }
    }
    return true;
  }
}
