package io.github.multiproc.internal.process;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.ProcessDiedException;
import io.github.multiproc.RemoteException;
import io.github.multiproc.spi.Codec;
import io.github.multiproc.spi.WireInput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One spawned child JVM as the parent sees it: the {@link Process}, its control link and a watcher
 * thread. The watcher writes the bootstrap on the child's stdin (so a child that never reads it
 * cannot block {@code start()}), keeps stdin open as the child's death pipe, waits for the exit,
 * then releases everything: the control connection, its hub thread and the process streams.
 *
 * <p>The watcher of a non-daemon child is a non-daemon thread: it keeps this JVM alive until the
 * child ends, which is Python's exit-time join of non-daemon children. A daemon child's watcher is a
 * daemon thread; {@link ChildRegistry}'s shutdown hook terminates such children.
 */
public final class RunningChild {
  private final ChildProcess<?> owner;
  private final Process process;
  private final ChildLink link;
  private final boolean daemon;
  private final CountDownLatch done = new CountDownLatch(1);
  private volatile Integer exitCode;
  /** The hub token the child says HELLO with. */
  String token;
  private boolean resolved;
  private Object decoded;
  private RuntimeException failure;

  private RunningChild(ChildProcess<?> owner, Process process, ChildLink link, boolean daemon) {
    this.owner = owner;
    this.process = process;
    this.link = link;
    this.daemon = daemon;
  }

  /**
   * Spawns {@code command}; the returned child is registered and its watcher runs.
   *
   * @throws IOException if the executable cannot be run
   */
  static RunningChild spawn(
      ChildProcess<?> owner, List<String> command, byte[] bootstrap, ChildLink link, boolean daemon)
      throws IOException {
    Process process = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.INHERIT)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    return adopt(owner, process, bootstrap, link, daemon);
  }

  /**
   * Makes {@code process}, already running with stdout and stderr inherited (a spawned JVM or a
   * standby one), the child: registers it and starts its watcher, which writes {@code bootstrap}.
   */
  static RunningChild adopt(
      ChildProcess<?> owner, Process process, byte[] bootstrap, ChildLink link, boolean daemon) {
    RunningChild child = new RunningChild(owner, process, link, daemon);
    ChildRegistry.add(child);
    Thread watcher = new Thread(() -> child.watch(bootstrap), "multiproc-watcher-" + process.pid());
    watcher.setDaemon(daemon);
    watcher.start();
    return child;
  }

  private void watch(byte[] bootstrap) {
    OutputStream stdin = process.getOutputStream();
    try {
      stdin.write(bootstrap);
      stdin.flush();
    } catch (IOException e) {
      // the child died before reading it; its exit code says why
    }
    boolean interrupted = false;
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
      ChildRegistry.remove(this);
      done.countDown();
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The outcome of waiting for the child to connect back. */
  enum StartOutcome { CONNECTED, EXITED, TIMED_OUT }

  StartOutcome awaitStart(long timeoutNanos) throws InterruptedException {
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
            ? StartOutcome.CONNECTED : StartOutcome.EXITED;
      }
      if (System.nanoTime() - deadline > 0) {
        return StartOutcome.TIMED_OUT;
      }
    }
  }

  public ChildProcess<?> owner() {
    return owner;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isDaemon() {
    return daemon;
  }

  /** Alive until the watcher has seen the exit and released the child's resources. */
  public boolean isAlive() {
    return done.getCount() != 0;
  }

  /** Python's exit code, or {@code null} while the child runs. */
  public Integer exitCode() {
    return exitCode;
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

  /** Whether the OS process still runs (before the watcher has cleaned up). */
  boolean processAlive() {
    return process.isAlive();
  }

  /**
   * What the child reported, once it has ended: the decoded result, or the child's exception
   * re-thrown as a {@link RemoteException}, or a {@link ProcessDiedException} if no report came.
   * Decoded once; later calls return or throw the same.
   */
  public synchronized <R> R result(Codec<R> codec, String name) {
    if (resolved) {
      if (failure != null) {
        throw failure;
      }
      @SuppressWarnings("unchecked")
      R value = (R) decoded;
      return value;
    }
    ChildLink.Report report = link.report();
    resolved = true;
    if (report == null) {
      failure = new ProcessDiedException(name, pid(), exitCode == null ? 0 : exitCode);
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

  /** Closes one end of a child's pipes or control line, if there is one; errors do not matter. */
  static void closeQuietly(java.io.Closeable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (IOException e) {
      // the child is gone; nothing to flush
    }
  }
}
