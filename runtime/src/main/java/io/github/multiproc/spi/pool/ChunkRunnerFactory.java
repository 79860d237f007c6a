package io.github.multiproc.spi.pool;

/**
 * A place where pools can run their chunks, such as a connected cluster: what
 * {@code Pool.builder().cluster(...)} takes. Each pool built on it opens its own {@link
 * ChunkRunner} and closes it with the pool; the factory itself (the connection) stays open until
 * its owner closes it.
 */
public interface ChunkRunnerFactory {
  /** A runner for one pool. */
  ChunkRunner openChunkRunner();

  /** What this place is, for messages and {@code toString()}: e.g. {@code cluster multiproc@...}. */
  String describe();
}
