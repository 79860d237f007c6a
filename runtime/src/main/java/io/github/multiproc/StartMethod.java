package io.github.multiproc;

/**
 * How {@link ChildProcess#start()} gets a JVM: Python's start methods ({@code spawn},
 * {@code forkserver}; a JVM cannot {@code fork}). Choose one for every later start with
 * {@link Multiproc#setStartMethod(StartMethod)}, or for one process with
 * {@link ChildProcess#startMethod(StartMethod)}.
 */
public enum StartMethod {
  /**
   * Python's {@code spawn} (the default): every start launches a fresh JVM, which boots while
   * {@code start()} returns. Costs a JVM's start-up per child.
   */
  SPAWN,

  /**
   * The analogue of Python's {@code forkserver}: the runtime keeps a few JVMs booted and idle
   * ({@link Multiproc#setStandbyCount(int)}, default 2) and hands the next start to one of them,
   * then boots a replacement in the background. Each standby JVM runs exactly one child, so a child
   * still starts with fresh static state, as under {@link #SPAWN}. When no standby JVM is ready, or
   * the child needs JVM arguments the standby JVMs were not started with, a start under this
   * default spawns; while the default is {@link #SPAWN}, a process that chooses STANDBY itself
   * ({@link ChildProcess#startMethod}) waits for one instead. A child learns how it was started
   * from {@link Multiproc#getStartMethod()}.
   *
   * <p>In detail:
   * <ul>
   *   <li>Standby JVMs are kept per command line: java executable, the child's JVM arguments
   *       ({@code @Worker(jvmArgs)} and {@link ChildProcess#jvmArgs}) and class path.
   *       {@link Multiproc#setStartMethod(StartMethod)} boots them at once for children without
   *       extra JVM arguments; the first start with other arguments spawns and begins booting
   *       standby JVMs for those. A start takes the oldest ready standby JVM (one that has
   *       finished its boot and warm-up and connected back) and never waits for one: a standby
   *       still booting has its boot ahead and would start the child later than a spawn does.
   *   <li>A replacement boots once the STANDBY starts pause (none began, and the last one's
   *       child ended, 50 ms before; a child still running a second after its start does not
   *       hold it back), and then once every child running in a standby JVM has ended, or 200 ms
   *       later, so short children (two lock users started together, say) do not share the CPU
   *       with a booting JVM. Starts in a tight loop therefore outrun the standby JVMs after
   *       {@code standbyCount} starts and then spawn, at what {@link #SPAWN} costs: no standby
   *       boots among them to take the CPU from them, as it would not be ready in time anyway.
   *       A process that waits for a standby (see above) has its replacement boot at once.
   *   <li>A standby JVM runs {@code io.github.multiproc.internal.process.StandbyMain} (that is what
   *       {@code ps} shows), has connected to this JVM while idle, and has loaded the launchers
   *       of earlier starts and verified their user classes (without initializing them: no user
   *       code runs before its child's call); then it runs the launcher exactly as a spawned
   *       child. Each costs the memory of an idle JVM (about 45 MiB resident
   *       on JDK 17). Launchers in a named module (run from the module path) always spawn.
   *   <li>Idle standby JVMs end when this JVM exits, and end by themselves when it is killed (their
   *       stdin closes). {@code setStandbyCount(0)} and {@code setStartMethod(SPAWN)} end them at
   *       once.
   * </ul>
   */
  STANDBY
}
