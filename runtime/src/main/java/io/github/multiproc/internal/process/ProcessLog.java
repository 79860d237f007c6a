package io.github.multiproc.internal.process;

/**
 * The logger of this package's warnings ({@code io.github.multiproc.process}: a child that failed
 * to start, a control FIFO closed on an error), made on first use of this class. No Python
 * counterpart: {@code multiprocessing.util} logs through {@code get_logger()}. Not a field of the
 * classes that log, because {@code System.getLogger} loads the logging backend, 10–30 ms of a
 * fresh JVM's first child start, which only a warning needs.
 */
final class ProcessLog {
  static final System.Logger LOG = System.getLogger("io.github.multiproc.process");

  private ProcessLog() {}
}
