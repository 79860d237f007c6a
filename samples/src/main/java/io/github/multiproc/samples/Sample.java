package io.github.multiproc.samples;

/**
 * One runnable port: its CLI name, the seed section it ports and its {@code main}.
 *
 * @param name what the CLI calls it, e.g. {@code basic}
 * @param seed the seed note and section it ports, e.g. {@code seed 000 section 1: basic}
 * @param main the port's {@code main} method
 */
record Sample(String name, String seed, Main.Body main) {}
