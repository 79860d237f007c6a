/**
 * Managers on a cluster: {@code ClusterManager} makes dicts, lists, queues, namespaces, locks and
 * values kept in Hazelcast's {@code IMap}, {@code IList} and {@code IQueue}, behind the same Java
 * types as the local manager's proxies. The proxies run in any process that uses the objects (the
 * user's JVM, a worker handed one, a member running a task); members store sealed bytes and run
 * one entry processor ({@code CompareAndSetEntry}), nothing else of this package.
 */
package io.github.multiproc.cluster.manager;
