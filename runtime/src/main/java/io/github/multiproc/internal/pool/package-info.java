/**
 * Pools. The names say which process runs a class: a name that starts with {@code Worker}
 * ({@code WorkerLauncher}, {@code WorkerLoop}, {@code WorkerWarmUp}) runs in a pool worker JVM,
 * which runs chunks in arrival order and sends the results back. Every other class runs in the
 * pool's own process (the parent), which splits work into chunks, queues them ({@code PoolCore},
 * {@code ChunkQueue}, lazy imap input through {@code ImapFeeder}) and hands them to a
 * {@code PoolBackend}: a {@code ProcessBackend}, with one {@code RemoteWorker} for each worker JVM,
 * a {@code ThreadBackend}, or a {@code RunnerBackend} for any {@code spi.pool.ChunkRunner} such as
 * a cluster's. A local pool also runs chunks that arrive as bytes ({@code LocalChunkRunner}, what
 * a cluster member does). Only the frame formats are used on both sides: {@code PoolProtocol},
 * {@code PackedInts} and {@code TaskNumbers}.
 */
package io.github.multiproc.internal.pool;
