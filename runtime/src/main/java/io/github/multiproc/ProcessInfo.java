package io.github.multiproc;

/**
 * A snapshot of one process of the tree: what Python's {@code current_process()} and
 * {@code parent_process()} expose as {@code name}, {@code pid} and {@code daemon}.
 *
 * @param name the process name: {@code "MainProcess"} in the top JVM, {@code "Process-1"} or the
 *     {@code @Worker(name)} in a child
 * @param pid the operating-system process id ({@code os.getpid()})
 * @param daemon whether the process is a daemon child
 */
public record ProcessInfo(String name, long pid, boolean daemon) {}
