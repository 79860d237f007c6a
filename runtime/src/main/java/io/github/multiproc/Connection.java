package io.github.multiproc;

/**
 * One end of a pipe or of a Listener/Client link: Python's {@code multiprocessing.connection.Connection}.
 *
 * <p>SKELETON: the name is fixed by the contract; the area helper writes the real class.
 */
public interface Connection<T> {}
