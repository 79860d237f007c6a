package io.github.multiproc.internal.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Why a child failed to start, for the warning and for {@code result()}'s
 * {@code ProcessStartException}, said from evidence only (no Python counterpart: a forked child
 * has nothing to fail on). The child's own failures before it connects back have exit codes of
 * their own ({@link ExitCodes#NO_BOOTSTRAP} and the rest), each printed with its details on the
 * child's stderr. Any other exit code before the HELLO may be the java launcher refusing a class
 * path or a JVM flag, which it prints only on the child's stderr, this JVM's own and not readable
 * back; so the same command runs once more with no bootstrap, and a class-path or flag problem is
 * named only when that run prints one. It fails the same way every time; a command that is fine
 * reaches the launcher's {@code main}, which ends at once for want of a bootstrap.
 */
final class StartFailures {
  /** How long the second run of a failed child's command may take. */
  private static final long PROBE_SECONDS = 10;

  /** Enough of that run's stderr for the java launcher's complaint. */
  private static final int PROBE_STDERR_BYTES = 8 * 1024;

  private static final String NO_MAIN_CLASS = "Could not find or load main class";
  private static final String NO_INIT_MAIN_CLASS = "Unable to initialize main class";
  private static final String NO_JVM = "Could not create the Java Virtual Machine";

  private StartFailures() {}

  /**
   * Why {@code process}, started for {@code request}, failed to start: it exited on its own before
   * its HELLO ({@code EXITED}), or stayed silent for {@code timeout} and was killed, with what to do
   * about either. {@code spawned} is false for a child handed to a standby JVM, whose command ran
   * the standby's main, not the launcher.
   */
  static String describe(
      Spawner.Request request,
      Process process,
      RunningChild.StartOutcome outcome,
      Duration timeout,
      boolean spawned) {
    if (outcome != RunningChild.StartOutcome.EXITED) {
      return request.name()
          + " (pid "
          + process.pid()
          + ") did not connect back within "
          + timeout.toMillis()
          + " ms and was killed; a slow machine may need a larger"
          + " -Dmultiproc.startTimeout (seconds, default 60), and a launcher must call"
          + " ChildMain.run(...) first thing in main";
    }
    int code = ExitCodes.fromExitValue(process.exitValue());
    return request.name()
        + " (pid "
        + process.pid()
        + ", "
        + request.launcher().getName()
        + ") exited with code "
        + code
        + " before it started: "
        + reason(request, code, spawned);
  }

  private static String reason(Spawner.Request request, int code, boolean spawned) {
    switch (code) {
      case ExitCodes.NO_BOOTSTRAP:
        return "its stdin ended before the bootstrap this JVM writes there arrived";
      case ExitCodes.BAD_BOOTSTRAP:
        return "it could not read the bootstrap this JVM sent; its stderr above says why";
      case ExitCodes.PARENT_UNREACHABLE:
        return "it could not connect back to this JVM; its stderr above says why";
      case ExitCodes.LAUNCHER_UNLOADABLE:
        return "the standby JVM it was handed to could not load the launcher; its stderr above"
            + " says why (StartMethod.SPAWN runs a launcher the standby's class path lacks)";
      default:
        break;
    }
    // No second JVM while this one exits: the hook that reaps the children waits for it.
    String complaint = spawned && !ChildRegistry.exiting() ? javaComplaint(request) : null;
    if (complaint == null) {
      return "its stderr above says why";
    }
    if (complaint.contains(NO_MAIN_CLASS) || complaint.contains(NO_INIT_MAIN_CLASS)) {
      return "java reports '"
          + complaint
          + "' (the same command, run again, says so): the"
          + " child's class path, "
          + describeClassPath()
          + ", lacks the launcher or a class it"
          + " needs; run from the same class path the launcher was compiled into";
    }
    return "java reports '"
        + complaint
        + "' (the same command, run again, says so): fix the"
        + " JVM flags "
        + request.jvmArgs()
        + " from @Worker(jvmArgs) or jvmArgs(...)";
  }

  /**
   * Runs the child's command again with no bootstrap and returns the java launcher's complaint
   * about its class path or JVM flags (the first line of its stderr), or {@code null} when it has
   * none: the JVM started and ran the launcher, or this run could not tell.
   */
  private static String javaComplaint(Spawner.Request request) {
    Process probe;
    try {
      probe =
          ArgFiles.start(
              new ProcessBuilder(JavaCommand.build(request.launcher(), request.jvmArgs()))
                  .redirectOutput(ProcessBuilder.Redirect.DISCARD));
    } catch (IOException e) {
      return null;
    }
    try {
      probe.getOutputStream().close(); // no bootstrap: a JVM that starts exits at once
      if (!probe.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
        return null; // a main that ignores its stdin; the launcher's complaints come at once
      }
      byte[] stderr;
      try (InputStream in = probe.getErrorStream()) {
        stderr = in.readNBytes(PROBE_STDERR_BYTES);
      }
      String text = new String(stderr, StandardCharsets.UTF_8);
      boolean refused =
          text.contains(NO_MAIN_CLASS)
              || text.contains(NO_INIT_MAIN_CLASS)
              || text.contains(NO_JVM);
      return refused ? text.strip().lines().findFirst().orElse(null) : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } finally {
      probe.destroyForcibly();
    }
  }

  private static String describeClassPath() {
    String classPath = System.getProperty("java.class.path", "");
    return classPath.length() > 200 ? classPath.substring(0, 200) + "..." : "'" + classPath + "'";
  }
}
