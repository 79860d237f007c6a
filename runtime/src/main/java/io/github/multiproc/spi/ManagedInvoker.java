package io.github.multiproc.spi;

import io.github.multiproc.wire.WireInput;

/**
 * Sends one method call of a managed object to its manager and returns the encoded result: what a
 * generated proxy calls. Failures in the manager come back as exceptions (a
 * {@code RemoteException} for the method's own, an {@code IllegalStateException} naming the
 * manager when it is gone).
 */
public interface ManagedInvoker {
  /**
   * Calls {@code methodKey} (e.g. {@code "increment(int)"}) on the object with the encoded
   * {@code arguments}; returns the encoded result (empty for {@code void}).
   */
  WireInput invoke(String methodKey, byte[] arguments);
}
