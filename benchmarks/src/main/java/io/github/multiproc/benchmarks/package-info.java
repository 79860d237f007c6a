/**
 * The side-by-side benchmark against CPython's {@code multiprocessing}: runs {@code py_bench.py},
 * the same workloads on multiproc ({@code JavaSide}) and plain-JDK floors ({@code FloorSide}) by
 * turns, and writes the table, the chart and the running JDK's section of
 * {@code docs/benchmarks.md}. It runs in the benchmark's own JVM and the child JVMs it starts.
 */
package io.github.multiproc.benchmarks;
