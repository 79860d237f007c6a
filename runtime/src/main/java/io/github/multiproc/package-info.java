/**
 * The public API, Python's {@code multiprocessing} for Java: processes ({@code ChildProcess}),
 * queues, pipes, locks and the other synchronization primitives, shared memory, managers and
 * pools. Each public type's Javadoc names the Python call it stands for. Its classes run in
 * whichever process uses them: the parent that creates an object and every child that receives
 * it as a worker argument.
 */
package io.github.multiproc;
