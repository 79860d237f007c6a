package io.github.multiproc;

/**
 * How {@link ChildProcess#start()} gets a JVM: Python's start methods ({@code spawn},
 * {@code forkserver}; a JVM cannot {@code fork}). Choose one for every later start with
 * {@link Multiproc#setStartMethod(StartMethod)}, or for one process with
 * {@link ChildProcess#startMethod(StartMethod)}.
 */
public enum StartMethod {
  /**
   * Python's {@code spawn} (the default): every start launches a fresh JVM and waits until it has
   * connected back. Costs a JVM's start-up per child.
   */
  SPAWN,

  /**
   * The analogue of Python's {@code forkserver}: the runtime keeps a few JVMs booted and idle
   * ({@link Multiproc#setStandbyCount(int)}, default 2) and hands the next start to one of them,
   * then boots a replacement in the background. Each standby JVM runs exactly one child, so a child
   * still starts with fresh static state, as under {@link #SPAWN}. When no standby JVM is ready, or
   * the child needs JVM arguments the standby JVMs were not started with, the start spawns.
   */
  STANDBY
}
