package io.github.multiproc.cluster;

import io.github.multiproc.spi.pool.ClusterConnector;

/**
 * The {@link ClusterConnector} of this module, found by the runtime through {@link
 * java.util.ServiceLoader} when {@code MULTIPROC_CLUSTER} names a cluster: connects as {@link
 * Cluster#connect} does, with the authkey from {@link Authkey#fromEnvironment()}.
 */
public final class HazelcastConnector implements ClusterConnector {
  /** For {@link java.util.ServiceLoader}. */
  public HazelcastConnector() {}

  @Override
  public OwnedConnection connect(String address) {
    return Cluster.connect(address, Authkey.fromEnvironment());
  }
}
