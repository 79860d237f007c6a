/**
 * The side-by-side benchmark against CPython's {@code multiprocessing}: runs {@code py_bench.py},
 * the same workloads on multiproc ({@code JavaSide}) and plain-JDK floors ({@code FloorSide}) by
 * turns, and writes the table, chart and README section. It runs in the benchmark's own JVM and
 * the child JVMs it starts.
 */
package io.github.multiproc.benchmarks;
