package io.github.multiproc.internal.pipe;

/**
 * One process's hold on a pipe end, as the creating JVM sees it: the holder's connection, which
 * carries what it sends and, while it is the end's only reader, what it receives.
 */
record Holder(long id, int index, SocketLink link) {}
