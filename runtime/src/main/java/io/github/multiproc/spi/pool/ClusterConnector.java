package io.github.multiproc.spi.pool;

/**
 * Connects to the cluster that {@code MULTIPROC_CLUSTER} (or the system property
 * {@code multiproc.cluster}) names, so that {@code Pool.builder().build()} runs there with no code
 * change: Ray's {@code RAY_ADDRESS}. Found through {@link java.util.ServiceLoader}; the
 * {@code multiproc-cluster} module provides one for Hazelcast.
 */
public interface ClusterConnector {
  /**
   * Connects to the cluster at {@code address} (the variable's value); the connection is closed
   * when the pool that asked for it is. Throws with a clear message when the address is malformed
   * or the credentials (the authkey) are missing.
   */
  OwnedConnection connect(String address);

  /** A connection that a pool owns and closes. */
  interface OwnedConnection extends ChunkRunnerFactory, AutoCloseable {
    @Override
    void close();
  }
}
