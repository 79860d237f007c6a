/**
 * Process queues: the owner process keeps the items ({@code LocalBackend}, {@code QueueState}) and
 * serves them to the other processes over their hub connections ({@code QueueService}); a
 * process that received the queue as an argument puts and takes through a
 * {@code RemoteBackend} that batches and prefetches.
 */
package io.github.multiproc.internal.queue;
