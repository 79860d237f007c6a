/**
 * One runnable Java port of every program in the seed notes and of the Python docs' examples,
 * and the CLI ({@code Main}) that runs them by name. Each sample's parent runs in the CLI's JVM;
 * its workers run in the child JVMs the generated factories start.
 */
package io.github.multiproc.samples;
