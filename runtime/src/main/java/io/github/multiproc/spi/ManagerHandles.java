package io.github.multiproc.spi;

import io.github.multiproc.wire.Codec;
import io.github.multiproc.wire.CorruptDataException;
import io.github.multiproc.wire.NullSafeCodec;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;

/**
 * Codecs for parameters whose type only a manager proxy can fill: a {@code @Managed} interface or one
 * of a manager's own proxy types ({@code Namespace}, {@code ManagedEvent}, {@code ManagedValue},
 * {@code ManagedSemaphore}, {@code ManagedCondition}, {@code ManagedBarrier},
 * {@code ManagedJoinableQueue}, {@code ManagedLock}). A proxy crosses as a reference (see {@link NullSafeCodec}); any
 * other object of that type is refused, because copying it would silently stop sharing.
 */
public final class ManagerHandles {
  private ManagerHandles() {}

  /** A codec that carries manager proxies of {@code T} by reference and refuses anything else. */
  public static <T> Codec<T> reference() {
    return new NullSafeCodec<>() {
      @Override
      protected void encodeValue(WireOutput out, T value) {
        throw new IllegalArgumentException(
            "a "
                + value.getClass().getName()
                + " is not an object a manager holds, so it cannot"
                + " be shared with another process; create it with a Manager (manager.create(...),"
                + " manager.namespace(), manager.event(), ...) and pass the proxy");
      }

      @Override
      protected T decodeValue(WireInput in) {
        throw new CorruptDataException("expected a manager proxy reference, found a plain value");
      }
    };
  }
}
