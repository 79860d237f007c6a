/**
 * Pools: the parent side splits work into chunks, queues them ({@code PoolCore}, {@code ChunkQueue})
 * and hands them to worker back ends ({@code ProcessBackend} with one {@code ProcessWorker} per
 * worker JVM, {@code ThreadBackend}, or {@code RunnerBackend} for any {@code spi.pool.ChunkRunner}
 * such as a cluster's); the worker side ({@code WorkerLoop}) runs chunks in the worker JVM and
 * sends the results back. A local pool also runs chunks that arrive as bytes ({@code
 * LocalChunkRunner}, what a cluster member does). Lazy imap input is read by {@code ImapFeeder}.
 */
package io.github.multiproc.internal.pool;
