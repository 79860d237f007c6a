package io.github.multiproc.cluster.manager;

import io.github.multiproc.wire.ExternalReferenceReader;
import io.github.multiproc.wire.WireInput;

/**
 * Rebuilds a proxy of a cluster object from the reference another process wrote (Python's
 * {@code RebuildProxy}): registered as a service so the runtime's codecs find it in any JVM that
 * has this module on its class path. Nothing connects until the proxy's first call.
 */
public final class ClusterReferenceReader implements ExternalReferenceReader {
  /** Called by {@link java.util.ServiceLoader}. */
  public ClusterReferenceReader() {}

  @Override
  public String kind() {
    return ClusterHandle.REFERENCE_KIND;
  }

  @Override
  public Object read(WireInput in) {
    ClusterHandle handle = ClusterHandle.readFrom(in);
    return handle.type().newProxy(handle);
  }
}
