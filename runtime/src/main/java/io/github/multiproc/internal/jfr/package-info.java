/**
 * The JDK Flight Recorder events under {@code io.github.multiproc}: process start and exit, pool
 * chunk runs, worker deaths and blocked queue operations. Emitted in the process where the event
 * happens, and only while a recording runs ({@code Jfr.recording()}), so a JVM that never records
 * loads none of these classes.
 */
package io.github.multiproc.internal.jfr;
