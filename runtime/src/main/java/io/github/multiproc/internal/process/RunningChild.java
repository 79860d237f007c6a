package io.github.multiproc.internal.process;

import static io.github.multiproc.internal.hub.Closeables.closeQuietly;

import io.github.multiproc.ProcessDiedException;
import io.github.multiproc.ProcessStartException;
import io.github.multiproc.RemoteException;
import io.github.multiproc.internal.jfr.Jfr;
import io.github.multiproc.internal.jfr.ProcessExitEvent;
import io.github.multiproc.internal.jfr.ProcessStartEvent;
import io.github.multiproc.internal.log.LazyLogger;
import io.github.multiproc.wire.Codec;
import io.github.multiproc.wire.WireInput;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One spawned child JVM as the parent sees it: the {@link Process}, its control link and a watcher
 * thread. The watcher writes the bootstrap on the child's stdin (so a child that never reads it
 * cannot block {@code start()}), keeps stdin open as the child's death pipe, waits for the child's
 * HELLO (a child that exits first or stays silent past the start timeout failed to start: the
 * watcher records why, for {@link #result}, and kills a silent one), then waits for the exit and
 * releases everything: the control connection, its hub thread and the process streams.
 *
 * <p>The wait for HELLO is the watcher's, not {@code start()}'s, so that a parent starting several
 * children boots them side by side, as Python's spawn does, instead of one JVM boot after another.
 *
 * <p>The watcher of a non-daemon child is a non-daemon thread: it keeps this JVM alive until the
 * child ends, which is Python's exit-time join of non-daemon children. A daemon child's watcher is a
 * daemon thread; {@link ChildRegistry}'s shutdown hook terminates such children.
 */
public final class RunningChild {
  private static final LazyLogger LOG = new LazyLogger("io.github.multiproc.process");

  private final Spawner.Request request;
  private final Process process;
  private final ChildLink link;

  /** The hub token the child says HELLO with. */
  private final String token;

  /** Whether this JVM launched it; false for a standby JVM it was handed to. */
  private final boolean spawned;

  /** When its JVM was launched or handed a standby ({@link System#nanoTime()}), for JFR. */
  private final long launchNanos;

  private final CountDownLatch done = new CountDownLatch(1);

  /** Run once when {@link #done} opens: the waits of {@code Multiproc.wait} that watch this child. */
  private final Set<Runnable> whenEnded = ConcurrentHashMap.newKeySet();

  private volatile Integer exitCode;

  /** Why the child failed to start, set by the watcher before {@link #done} opens; or null. */
  private volatile String startFailure;

  private boolean resolved;
  private Object decoded;
  private RuntimeException failure;

  private RunningChild(
      Spawner.Request request,
      Process process,
      ChildLink link,
      String token,
      boolean spawned,
      long launchNanos) {
    this.request = request;
    this.process = process;
    this.link = link;
    this.token = token;
    this.spawned = spawned;
    this.launchNanos = launchNanos;
  }

  /**
   * Spawns {@code command}; the returned child is registered and its watcher runs.
   *
   * @throws IOException if the executable cannot be run
   */
  static RunningChild spawn(
      Spawner.Request request,
      List<String> command,
      byte[] bootstrap,
      ChildLink link,
      String token,
      Duration startTimeout)
      throws IOException {
    long launchNanos = System.nanoTime();
    Process process =
        ArgFiles.start(
            new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT));
    return register(request, process, bootstrap, link, token, startTimeout, true, launchNanos);
  }

  /**
   * Makes {@code process}, a standby JVM already running with stdout and stderr inherited, the
   * child: as {@link #watch}. {@code handedNanos} ({@link System#nanoTime()}) is when the start
   * began handing it over, where its start is timed from.
   */
  static RunningChild adopt(
      Spawner.Request request,
      Process process,
      byte[] bootstrap,
      ChildLink link,
      String token,
      Duration startTimeout,
      long handedNanos) {
    return register(request, process, bootstrap, link, token, startTimeout, false, handedNanos);
  }

  /**
   * Registers {@code process} as the child and starts its watcher, which writes {@code bootstrap}
   * and gives the child {@code startTimeout} to say HELLO under {@code token}.
   */
  private static RunningChild register(
      Spawner.Request request,
      Process process,
      byte[] bootstrap,
      ChildLink link,
      String token,
      Duration startTimeout,
      boolean spawned,
      long launchNanos) {
    RunningChild child = new RunningChild(request, process, link, token, spawned, launchNanos);
    ChildRegistry.add(child);
    Thread watcher =
        new Thread(
            () -> child.watch(bootstrap, startTimeout), "multiproc-watcher-" + process.pid());
    watcher.setDaemon(request.daemon());
    watcher.start();
    return child;
  }

  private void watch(byte[] bootstrap, Duration startTimeout) {
    OutputStream stdin = process.getOutputStream();
    try {
      stdin.write(bootstrap);
      stdin.flush();
    } catch (IOException e) {
      // the child died before reading it; its exit code says why
    }
    boolean interrupted = !awaitConnection(startTimeout);
    while (true) {
      try {
        process.waitFor();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    try {
      link.closeAfterExit();
      closeQuietly(stdin);
      closeQuietly(process.getInputStream());
      closeQuietly(process.getErrorStream());
    } finally {
      exitCode = ExitCodes.fromExitValue(process.exitValue());
      if (Jfr.recording()) {
        ProcessExitEvent.emit(request.name(), process.pid(), exitCode, launchNanos);
      }
      AttachSocket.removeIfKilled(process);
      ChildRegistry.remove(this);
      done.countDown();
      whenEnded.forEach(Runnable::run);
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Waits until the child has said HELLO; if it exits first on its own, or stays silent past
   * {@code timeout} (then it is killed), records why for {@link #result} and logs it, since a
   * caller who never asks for the result would otherwise see only an exit code. A child ended by
   * a signal before its HELLO ({@code terminate()} right after {@code start()}) did not fail to
   * start: it was stopped, and {@link #result} says it died.
   *
   * @return false if the watcher was interrupted (it then stops waiting for the HELLO)
   */
  private boolean awaitConnection(Duration timeout) {
    StartOutcome outcome;
    try {
      outcome = awaitStart(timeout.toNanos());
    } catch (InterruptedException e) {
      return false;
    }
    if (Jfr.recording()) {
      ProcessStartEvent.emit(
          request.name(),
          process.pid(),
          spawned ? "SPAWN" : "STANDBY",
          launchNanos,
          outcome == StartOutcome.CONNECTED);
    }
    if (outcome == StartOutcome.CONNECTED
        || (outcome == StartOutcome.EXITED && ExitCodes.fromExitValue(process.exitValue()) < 0)) {
      return true;
    }
    ChildControl.forget(token);
    if (outcome == StartOutcome.TIMED_OUT) {
      process.destroyForcibly();
    }
    String why = StartFailures.describe(request, process, outcome, timeout, spawned);
    startFailure = why;
    LOG.get().log(Level.WARNING, why);
    return true;
  }

  /** The outcome of waiting for the child to connect back. */
  enum StartOutcome {
    CONNECTED,
    EXITED,
    TIMED_OUT
  }

  private StartOutcome awaitStart(long timeoutNanos) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutNanos;
    // Poll both signals: HELLO arrives on a hub thread, the exit on the watcher.
    while (true) {
      if (link.awaitHello(20, TimeUnit.MILLISECONDS)) {
        return StartOutcome.CONNECTED;
      }
      if (!process.isAlive()) {
        // A worker may say HELLO and exit at once (System.exit in user code) before the hub
        // thread has read the HELLO still buffered in the socket: give it a moment.
        return link.awaitHello(200, TimeUnit.MILLISECONDS)
            ? StartOutcome.CONNECTED
            : StartOutcome.EXITED;
      }
      if (System.nanoTime() - deadline > 0) {
        return StartOutcome.TIMED_OUT;
      }
    }
  }

  /** The name the process had when it started. */
  public String name() {
    return request.name();
  }

  public long pid() {
    return process.pid();
  }

  /** Its OS process, for the standby pool that waits for it to end. */
  Process process() {
    return process;
  }

  public boolean isDaemon() {
    return request.daemon();
  }

  /** Alive until the watcher has seen the exit and released the child's resources. */
  public boolean isAlive() {
    return done.getCount() != 0;
  }

  /** Python's exit code, or {@code null} while the child runs. */
  public Integer exitCode() {
    return exitCode;
  }

  /**
   * Runs {@code action} once the child has ended (at once if it has); it may run twice if the child
   * ends while this registers, so it must not mind. Undo with {@link #removeWhenEnded}.
   */
  public void whenEnded(Runnable action) {
    whenEnded.add(action);
    if (!isAlive() && whenEnded.remove(action)) {
      action.run();
    }
  }

  /** Forgets an action given to {@link #whenEnded} that has not run. */
  public void removeWhenEnded(Runnable action) {
    whenEnded.remove(action);
  }

  public void join() throws InterruptedException {
    done.await();
  }

  public boolean join(long timeout, TimeUnit unit) throws InterruptedException {
    return done.await(timeout, unit);
  }

  /** SIGTERM. */
  public void terminate() {
    process.destroy();
  }

  /** SIGKILL. */
  public void kill() {
    process.destroyForcibly();
  }

  /**
   * What the child reported, once it has ended: the decoded result, or the child's exception
   * re-thrown as a {@link RemoteException}, a {@link ProcessStartException} if it never started, or
   * a {@link ProcessDiedException} if no report came. Decoded once; later calls return or throw
   * the same.
   */
  public synchronized <R> R result(Codec<R> codec) {
    if (resolved) {
      if (failure != null) {
        throw failure;
      }
      @SuppressWarnings("unchecked")
      R value = (R) decoded;
      return value;
    }
    resolved = true;
    if (startFailure != null) {
      failure = new ProcessStartException(startFailure);
      throw failure;
    }
    ChildLink.Report report = link.report();
    if (report == null) {
      failure = new ProcessDiedException(request.name(), pid(), exitCode == null ? 0 : exitCode);
      throw failure;
    }
    WireInput in = new WireInput(report.payload());
    if (!report.success()) {
      failure = RemoteThrowables.decode(in);
      throw failure;
    }
    try {
      R value = codec.decode(in);
      in.requireFullyRead();
      decoded = value;
      return value;
    } catch (RuntimeException e) {
      failure = e;
      throw e;
    }
  }
}
