/**
 * Where the chunks of a {@code Pool} run, as an engine-neutral service provider interface that
 * passes bytes only: a task id, the chunk's arguments as the generated codecs encode them, and the
 * result bytes back. The runtime's own process and thread pools implement {@link
 * io.github.multiproc.spi.pool.ChunkRunner} (see {@code TaskPool#chunkRunner()}); a cluster engine
 * (the {@code multiproc-cluster} module on Hazelcast, or another on Apache Ignite) implements
 * {@link io.github.multiproc.spi.pool.ChunkRunnerFactory} and, for the no-code switch
 * {@code MULTIPROC_CLUSTER}, {@link io.github.multiproc.spi.pool.ClusterConnector}. Runs in the
 * user's JVM and, for a cluster, in every member.
 */
package io.github.multiproc.spi.pool;
