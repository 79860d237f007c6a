package io.github.multiproc.internal.process;

/**
 * Python's exit-code conventions on top of what {@link Process#exitValue()} reports.
 *
 * <p>On Linux and macOS the JDK reports a death by signal N as {@code 128 + N}, exactly what a
 * shell shows; Python reports {@code -N}. We map 129..192 to -1..-64, which makes a genuine
 * {@code System.exit(130)} look like SIGINT: the operating system's wait status distinguishes the
 * two but the JDK does not expose it. A JVM that handles SIGTERM itself also exits with 143; our
 * children run with {@code -Xrs}, so they die by the signal, with the same result.
 */
public final class ExitCodes {
  private static final String[] SIGNAL_NAMES = {
    null,
    "SIGHUP",
    "SIGINT",
    "SIGQUIT",
    "SIGILL",
    "SIGTRAP",
    "SIGABRT",
    "SIGBUS",
    "SIGFPE",
    "SIGKILL",
    "SIGUSR1",
    "SIGSEGV",
    "SIGUSR2",
    "SIGPIPE",
    "SIGALRM",
    "SIGTERM",
    "SIGSTKFLT",
    "SIGCHLD",
    "SIGCONT",
    "SIGSTOP",
    "SIGTSTP",
    "SIGTTIN",
    "SIGTTOU",
    "SIGURG",
    "SIGXCPU",
    "SIGXFSZ",
    "SIGVTALRM",
    "SIGPROF",
    "SIGWINCH",
    "SIGIO",
    "SIGPWR",
    "SIGSYS"
  };

  // A child's own exit codes when it fails before it connects back, each printed with its reason
  // on the child's stderr; the values of sysexits.h, so that none is the java launcher's 1.

  /** A child's stdin ended before the bootstrap arrived: its parent exited or closed it first. */
  public static final int NO_BOOTSTRAP = 66;

  /** A child could not read the bootstrap on its stdin (too large, malformed, another version). */
  public static final int BAD_BOOTSTRAP = 65;

  /** A child could not open its control link to its parent (the socket or FIFO was gone). */
  public static final int PARENT_UNREACHABLE = 69;

  /** A standby JVM could not load the launcher it was handed. */
  public static final int LAUNCHER_UNLOADABLE = 70;

  private ExitCodes() {}

  /** Python's exit code for a JDK exit value. */
  public static int fromExitValue(int exitValue) {
    return exitValue > 128 && exitValue <= 128 + 64 ? -(exitValue - 128) : exitValue;
  }

  /** How Python prints an exit code in a process's repr: {@code -SIGTERM} for -15, else the number. */
  public static String describe(int exitCode) {
    if (exitCode < 0 && -exitCode < SIGNAL_NAMES.length) {
      return "-" + SIGNAL_NAMES[-exitCode];
    }
    return Integer.toString(exitCode);
  }
}
