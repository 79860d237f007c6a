package io.github.multiproc.wire;

/**
 * Turns references to objects held outside this runtime's own managers (a cluster's maps and
 * queues, in the {@code multiproc-cluster} module) back into proxies, found through
 * {@link java.util.ServiceLoader}: Python's {@code RebuildProxy} for a proxy type another package
 * registered. The matching {@link ProxyReference} starts its reference with
 * {@link ProxyReference#writeExternalKind}; whatever follows is this reader's own format.
 */
public interface ExternalReferenceReader {
  /** The kind this reader reads, as written by {@link ProxyReference#writeExternalKind}. */
  String kind();

  /**
   * Reads one reference written after the kind and returns a proxy of the object; nothing may
   * connect before the proxy's first call, since the bytes come from a peer.
   *
   * @throws CorruptDataException if the bytes are not a reference this reader wrote
   */
  Object read(WireInput in);
}
