package io.github.multiproc.internal.manager;

import io.github.multiproc.spi.Codecs;
import io.github.multiproc.spi.WireInput;
import io.github.multiproc.spi.WireOutput;
import java.util.ArrayList;
import java.util.List;

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
}
