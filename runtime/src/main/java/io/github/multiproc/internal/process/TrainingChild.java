package io.github.multiproc.internal.process;

import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.internal.hub.Handshake;
import io.github.multiproc.internal.hub.Hub;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one class-data training JVM (no Python counterpart: CPython has no class data to archive;
 * see {@code internal.cds.ClassDataArchive}) through the real child path: bootstrap on stdin, death
 * pipe, HELLO on its control FIFO, dispatch ({@link ChildWarmUp}: lock and shared-value codecs,
 * segment mapping, a hub handshake over a socket), report, exit, so the archive holds the classes
 * children load. Unlike a user's child it is not registered
 * (it is not in {@code activeChildren()}, takes no process number) and its output is discarded.
 *
 * <p>If this JVM exits while a training JVM runs (by {@code System.exit} or a signal; a normal end
 * of {@code main} waits for the non-daemon training thread), a shutdown hook kills it and the
 * JVM it may have started to assemble an AOT cache, so nothing outlives the parent.
 */
public final class TrainingChild {
  private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
  private static final AtomicBoolean HOOKED = new AtomicBoolean();
  private static volatile boolean shuttingDown;

  private TrainingChild() {}

  /** The pids of the training JVMs running now: children the runtime starts on its own. */
  public static Set<Long> runningPids() {
    Set<Long> pids = new HashSet<>();
    for (Process process : RUNNING) {
      pids.add(process.pid());
    }
    return pids;
  }

  /**
   * Whether this JVM is exiting, so a training that failed was killed by the shutdown hook
   * ({@link KillAll}).
   */
  public static boolean shuttingDown() {
    return shuttingDown;
  }

  /**
   * Runs {@code launcher}'s {@code entryKey} with no arguments in a JVM with {@code jvmArgs} and
   * waits for its exit; kills it after {@code timeoutMillis}. True if it reported success and
   * exited with 0.
   */
  public static boolean run(
      Class<?> launcher, String entryKey, List<String> jvmArgs, long timeoutMillis)
      throws IOException, InterruptedException {
    Hub hub = ChildControl.hub();
    String token = Handshake.newToken();
    ChildLink link = new ChildLink();
    List<String> command = JavaCommand.command(launcher, jvmArgs, false);
    String controlLine = ChildControl.openLine(token, link); // the finally below closes it
    Bootstrap bootstrap =
        new Bootstrap(
            ProcessContext.sessionKey(),
            hub.socketPath().toString(),
            controlLine,
            token,
            "multiproc-class-data-training",
            "0",
            true,
            ProcessHandle.current().pid(),
            ProcessContext.name(),
            BlockingLink.maxFrameBytes(),
            entryKey,
            new byte[0],
            false);
    Process process = null;
    try {
      process = startKillable(command);
      // Closed only after the exit: until then stdin is the training JVM's death pipe.
      try (OutputStream stdin = process.getOutputStream()) {
        stdin.write(bootstrap.toFrame());
        stdin.flush();
        if (!exited(process, timeoutMillis)) {
          return false;
        }
      }
      ChildLink.Report report = link.report();
      return process.exitValue() == 0 && report != null && report.success();
    } finally {
      forget(process);
      ChildControl.forget(token);
      link.closeAfterExit();
    }
  }

  /**
   * Runs {@code command}, a plain JVM with no bootstrap (the step that assembles an archive from
   * what a training JVM left), with its output discarded, and waits for its exit; kills it after
   * {@code timeoutMillis}, or when this JVM exits. True if it exited with 0.
   */
  public static boolean runPlain(List<String> command, long timeoutMillis)
      throws IOException, InterruptedException {
    Process process = null;
    try {
      process = startKillable(command);
      process.getOutputStream().close(); // it reads nothing
      return exited(process, timeoutMillis) && process.exitValue() == 0;
    } finally {
      forget(process);
    }
  }

  private static Process startKillable(List<String> command) throws IOException {
    if (HOOKED.compareAndSet(false, true)) {
      Runtime.getRuntime().addShutdownHook(new Thread(new KillAll(), "multiproc-training-kill"));
    }
    Process process =
        ArgFiles.start(
            new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD));
    RUNNING.add(process);
    return process;
  }

  /** Waits for the exit; false, with the process killed, when {@code timeoutMillis} ran out. */
  private static boolean exited(Process process, long timeoutMillis) throws InterruptedException {
    if (process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
      return true;
    }
    process.destroyForcibly();
    process.waitFor();
    AttachSocket.removeIfKilled(process);
    return false;
  }

  private static void forget(Process process) {
    if (process != null) {
      RUNNING.remove(process);
      if (process.isAlive()) {
        process.destroyForcibly(); // interrupted: leave nothing behind
      }
    }
  }

  /** The shutdown hook: kills running training JVMs and their descendants. */
  private static final class KillAll implements Runnable {
    @Override
    public void run() {
      shuttingDown = true;
      for (Process process : RUNNING) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
      try {
        for (Process process : RUNNING) {
          AttachSocket.removeAfterKill(process);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // exiting anyway
      }
    }
  }
}
