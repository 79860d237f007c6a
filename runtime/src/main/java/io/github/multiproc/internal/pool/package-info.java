/**
 * Pools: the parent side splits work into chunks, queues them ({@code PoolCore}, {@code ChunkQueue})
 * and hands them to worker back ends ({@code ProcessBackend} with one {@code ProcessWorker} per
 * worker JVM, or {@code ThreadBackend}); the worker side ({@code WorkerLoop}) runs chunks in the
 * worker JVM and sends the results back. Lazy imap input is read by {@code ImapFeeder}.
 */
package io.github.multiproc.internal.pool;
