package io.github.multiproc.wire;

/**
 * Implemented by every proxy of an object a manager holds (Python's {@code BaseProxy}): when a
 * proxy is encoded by any codec, what crosses is this reference, and the receiving process gets a
 * proxy of the same object, as Python pickles a proxy's token instead of its referent.
 */
public interface ProxyReference {
  /** Writes what another process needs to reach the same object; read by the manager runtime. */
  void writeReference(WireOutput out);
}
