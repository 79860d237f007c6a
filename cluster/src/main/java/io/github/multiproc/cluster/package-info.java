/**
 * The cluster back end: a {@code Pool} whose chunks run on the members of a Hazelcast cluster
 * (Python's {@code ray.util.multiprocessing.Pool}), and manager objects kept in Hazelcast's
 * distributed structures. The user's JVM and every member run this package; members run the
 * user's own jar, so tasks are found there by the same {@code TaskProvider}s as in a local pool.
 */
package io.github.multiproc.cluster;
