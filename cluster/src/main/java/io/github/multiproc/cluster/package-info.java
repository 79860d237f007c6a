/**
 * The cluster back end: a {@code Pool} whose chunks run on the members of a Hazelcast cluster
 * (Python's {@code ray.util.multiprocessing.Pool}), and manager objects kept in Hazelcast's
 * distributed structures. The user's JVM and every member run this package; members run the
 * user's own jar, so tasks are found there by the same {@code TaskProvider}s as in a local pool.
 *
 * <p>In the user's JVM: {@code Cluster} (a Hazelcast client, the authkey and its {@code
 * PayloadMac}) and, per pool, {@code ClusterChunkRunner}. In a member: {@code Member} and {@code
 * MemberChunks}, which check each chunk's MAC and run it on the member's local pool. Between them
 * travels only {@code ChunkCall}: signed bytes of the generated codecs. See docs/cluster.md.
 */
package io.github.multiproc.cluster;
