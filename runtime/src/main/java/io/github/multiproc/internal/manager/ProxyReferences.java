package io.github.multiproc.internal.manager;

import io.github.multiproc.spi.CorruptDataException;
import io.github.multiproc.spi.WireInput;

/**
 * Turns a reference written by {@link io.github.multiproc.spi.ProxyReference#writeReference} back
 * into a proxy of the same managed object. CONTRACT STUB: the manager helper implements it.
 */
public final class ProxyReferences {
  private ProxyReferences() {}

  /** Reads one reference and returns a proxy connected (lazily) to its manager. */
  public static Object read(WireInput in) {
    throw new CorruptDataException("a manager proxy arrived, but managers are not built yet");
  }
}
