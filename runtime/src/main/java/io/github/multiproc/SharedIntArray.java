package io.github.multiproc;

/**
 * Python's {@code multiprocessing.Array('i', n)}.
 *
 * <p>SKELETON: the name is fixed by the contract; the area helper writes the real class.
 */
public class SharedIntArray {}
