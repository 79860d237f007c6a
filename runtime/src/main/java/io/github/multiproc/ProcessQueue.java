package io.github.multiproc;

/**
 * A queue shared by processes: Python's {@code multiprocessing.Queue}.
 *
 * <p>SKELETON: the name is fixed by the contract; the area helper writes the real class.
 */
public class ProcessQueue<E> {}
