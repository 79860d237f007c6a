/**
 * The runtime's warnings: {@code LazyLogger}, a {@code System.Logger} made on its first message,
 * so that a process that never warns never loads the logging backend. Used in every process
 * (parent, child, manager, pool worker); imports nothing else of the runtime.
 */
package io.github.multiproc.internal.log;
