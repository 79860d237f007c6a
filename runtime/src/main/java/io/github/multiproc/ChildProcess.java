package io.github.multiproc;

import io.github.multiproc.internal.process.CallSpec;
import io.github.multiproc.internal.process.ExitCodes;
import io.github.multiproc.internal.process.ProcessContext;
import io.github.multiproc.internal.process.RunningChild;
import io.github.multiproc.internal.process.Spawner;
import io.github.multiproc.internal.process.StartMethods;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM running one {@code @Worker} or {@code @Daemon} call: Python's
 * {@code multiprocessing.Process}. Get one from a generated {@code <Class>Processes} factory; it
 * starts nothing until {@link #start()}.
 *
 * <pre>{@code
 * ChildProcess<Integer> p = ShopProcesses.total(order, weights); // @Worker in class Shop
 * p.start();
 * p.join();                       // or p.join(Duration.ofSeconds(5))
 * int total = p.result();         // the worker's return value
 * }</pre>
 *
 * <p>Exit codes follow Python: 0 when the worker returned, {@code N} when it called
 * {@code System.exit(N)} or {@code Runtime.halt(N)}, 1 when it threw (the child prints
 * {@code Process <name>:} and the stack trace on its stderr), {@code -N} when a signal {@code N}
 * ended it. The JDK reports a signal death as {@code 128 + N}, so a child that really calls
 * {@code System.exit(129..192)} reads as a signal death; avoid those codes.
 *
 * <p>{@link #join()} and {@link #result()} wait without being interruptible; if the waiting thread
 * is interrupted they keep waiting and restore its interrupt flag before returning. Use
 * {@link #join(Duration)} with {@link #terminate()} to bound a wait. A child's stdout and stderr are
 * this JVM's; its stdin is reserved (it is the pipe that ends the child when this JVM dies).
 *
 * <p>Thread-safe.
 *
 * @param <R> the type the worker returns; {@link Void} for {@code void} workers
 */
public final class ChildProcess<R> {
  private enum State {
    INITIAL,
    STARTED,
    CLOSED
  }

  /**
   * The processes this JVM started whose child has not ended, for Python's
   * {@code active_children()}: kept here, told by each child's watcher, so the process layer below
   * keeps no pointer back to its {@code ChildProcess}.
   */
  private static final Set<ChildProcess<?>> STARTED = ConcurrentHashMap.newKeySet();

  private final CallSpec<R> spec;
  private final String identity;
  private final long parentPid = ProcessHandle.current().pid();
  private final List<String> jvmArgs = new ArrayList<>();
  private String name;
  private boolean daemon;
  private StartMethod startMethod;
  private volatile State state = State.INITIAL;
  private volatile RunningChild running;

  /** Python's {@code active_children()}: the started processes whose child is still alive. */
  static List<ChildProcess<?>> activeChildren() {
    List<ChildProcess<?>> alive = new ArrayList<>();
    for (ChildProcess<?> process : STARTED) {
      if (process.isAlive()) {
        alive.add(process);
      }
    }
    return alive;
  }

  /** For {@code spi.WorkerCall}: use the generated {@code <Class>Processes} factories. */
  public ChildProcess(CallSpec<R> spec) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.identity = ProcessContext.nextChildIdentity();
    this.name = spec.name() != null ? spec.name() : "Process-" + identity;
    this.daemon = spec.daemon();
    this.jvmArgs.addAll(spec.jvmArgs());
  }

  /**
   * Python's {@code start()}: launches the child JVM and returns; the JVM boots in the background,
   * so children started one after another boot side by side, as in Python. If the child cannot
   * start after all (a bad JVM flag, a launcher missing from its class path, no connection back
   * within {@code multiproc.startTimeout}), it ends with a nonzero exit code, a warning is logged
   * and {@link #result()} throws a {@link ProcessStartException} that says why.
   *
   * @throws IllegalStateException if started before, closed, or called in a daemon child
   *     ("daemonic processes are not allowed to have children", as in Python), or if this is a
   *     daemon process and this JVM is exiting (it would be terminated at once)
   * @throws ProcessStartException if the java executable cannot be run, or the launcher was
   *     loaded in a way no child JVM can repeat (a class loader whose class path cannot be read);
   *     the message says what to do
   */
  public void start() {
    Spawner.Request request;
    synchronized (this) {
      checkNotClosed();
      if (state != State.INITIAL) {
        throw new IllegalStateException("cannot start a process twice: " + this);
      }
      if (ProcessContext.isDaemon()) {
        throw new IllegalStateException("daemonic processes are not allowed to have children");
      }
      state = State.STARTED;
      request =
          new Spawner.Request(
              spec,
              name,
              identity,
              daemon,
              List.copyOf(jvmArgs),
              startMethod != null ? startMethod : StartMethods.getDefault());
    }
    RunningChild child;
    try {
      child = Spawner.spawn(request);
    } catch (RuntimeException e) {
      synchronized (this) {
        state = State.INITIAL; // nothing ran; as in Python, start() may be tried again
      }
      throw e;
    }
    running = child;
    STARTED.add(this);
    child.whenEnded(() -> STARTED.remove(this)); // the child's watcher tells when it ends
  }

  /** Python's {@code join()}: waits until the child has ended and its resources are released. */
  public void join() {
    RunningChild child = requireStarted("join");
    boolean interrupted = false;
    while (true) {
      try {
        child.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Python's {@code join(timeout)}: waits at most {@code timeout}; returns whether the child ended
   * (Python returns {@code None} and you check {@code exitcode}).
   */
  public boolean join(Duration timeout) {
    RunningChild child = requireStarted("join");
    long deadline = System.nanoTime() + Math.max(0, timeout.toNanos());
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return child.join(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Python's {@code is_alive()}: started and not yet ended. */
  public boolean isAlive() {
    checkNotClosed();
    RunningChild child = running;
    return child != null && child.isAlive();
  }

  /** Python's {@code pid}: the child's process id, or {@code null} before {@link #start()}. */
  public Long pid() {
    checkNotClosed();
    RunningChild child = running;
    return child == null ? null : child.pid();
  }

  /** Python's {@code name}. */
  public synchronized String name() {
    return name;
  }

  /** Sets the name before {@link #start()}; Python's {@code p.name = ...}. */
  public synchronized ChildProcess<R> name(String name) {
    checkInitial("name");
    this.name = Objects.requireNonNull(name, "name");
    return this;
  }

  /** Python's {@code daemon}. */
  public synchronized boolean daemon() {
    return daemon;
  }

  /**
   * Python's {@code p.daemon = ...}, before {@link #start()}: a daemon child is terminated when this
   * JVM exits and may not start children of its own.
   */
  public synchronized ChildProcess<R> daemon(boolean daemon) {
    checkInitial("daemon");
    this.daemon = daemon;
    return this;
  }

  /**
   * Adds JVM arguments for the child, after those of the annotation, before {@link #start()}.
   * Children also get {@code -Xrs} (see the runtime docs) unless {@code -Dmultiproc.reduceSignals=false}.
   */
  public synchronized ChildProcess<R> jvmArgs(String... args) {
    checkInitial("jvmArgs");
    for (String arg : args) {
      jvmArgs.add(Objects.requireNonNull(arg, "a JVM argument"));
    }
    return this;
  }

  /**
   * Python's {@code get_context(method).Process(...)}: this process starts with {@code method}
   * instead of {@link Multiproc#getStartMethod()}. Call before {@link #start()}. A process that
   * chooses {@link StartMethod#STANDBY} while the default is {@link StartMethod#SPAWN} runs in a
   * standby JVM: if none is ready, {@code start()} boots standbys for its JVM arguments and waits
   * for the first one (at most {@code multiproc.startTimeout}), as Python's first forkserver start
   * waits for the server. It spawns only when no standby can boot: a standby count of 0, a
   * launcher in a named module, or a failed standby launch. (Under the STANDBY default a start
   * that finds none ready spawns, see {@link StartMethod#STANDBY}.) The child can ask how it was
   * started with {@link Multiproc#getStartMethod()}.
   */
  public synchronized ChildProcess<R> startMethod(StartMethod method) {
    checkInitial("startMethod");
    this.startMethod = Objects.requireNonNull(method, "method");
    return this;
  }

  /**
   * Python's {@code exitcode}: {@code null} until the child has ended, then 0, {@code N} from
   * {@code System.exit(N)}, 1 after an uncaught exception, or {@code -N} for signal {@code N}.
   */
  public Integer exitCode() {
    checkNotClosed();
    RunningChild child = running;
    return child == null ? null : child.exitCode();
  }

  /** Python's {@code terminate()}: SIGTERM; the exit code becomes -15. No effect once ended. */
  public void terminate() {
    RunningChild child = requireStarted("terminate");
    if (child.isAlive()) {
      child.terminate();
    }
  }

  /** Python's {@code kill()}: SIGKILL; the exit code becomes -9. No effect once ended. */
  public void kill() {
    RunningChild child = requireStarted("kill");
    if (child.isAlive()) {
      child.kill();
    }
  }

  /**
   * Python's {@code close()}: releases the handle; most methods then throw
   * {@link IllegalStateException}. Closing twice is allowed.
   *
   * @throws IllegalStateException if the child is still running (Python's {@code ValueError})
   */
  public synchronized void close() {
    RunningChild child = running;
    if (child != null && child.isAlive()) {
      throw new IllegalStateException(
          "Cannot close a process while it is still running."
              + " You should first call join() or terminate().");
    }
    state = State.CLOSED;
  }

  /**
   * Waits for the child to end ({@link #join()}), then returns what the worker returned.
   *
   * @throws RemoteException if the worker threw: the child's exception class name, message, stack
   *     trace and causes
   * @throws ProcessDiedException if the child ended without reporting, e.g. killed or
   *     {@code System.exit} inside the worker
   * @throws ProcessStartException if the child JVM never started the worker: it exited before it
   *     connected back (its stderr says why) or did not connect back in time
   */
  public R result() {
    join();
    return running.result(spec.resultCodec());
  }

  /**
   * Python's repr: {@code <ChildProcess name='Process-1' pid=123 parent=100 started daemon>};
   * the status is {@code initial}, {@code started}, {@code stopped exitcode=-SIGTERM} or
   * {@code closed}.
   */
  @Override
  public synchronized String toString() {
    RunningChild child = running;
    StringBuilder text = new StringBuilder("<ChildProcess name='").append(name).append('\'');
    if (child != null && state != State.CLOSED) {
      text.append(" pid=").append(child.pid());
    }
    text.append(" parent=").append(parentPid);
    Integer exit = child == null ? null : child.exitCode();
    if (state == State.CLOSED) {
      text.append(" closed");
    } else if (child == null) {
      text.append(" initial");
    } else if (exit == null) {
      text.append(" started");
    } else {
      text.append(" stopped exitcode=").append(ExitCodes.describe(exit));
    }
    if (daemon) {
      text.append(" daemon");
    }
    return text.append('>').toString();
  }

  /** The running child, for {@link Multiproc#wait}; Python's {@code sentinel} needs a start too. */
  RunningChild started(String method) {
    return requireStarted(method);
  }

  private synchronized RunningChild requireStarted(String method) {
    checkNotClosed();
    if (running == null) {
      throw new IllegalStateException("can only " + method + " a started process: " + this);
    }
    return running;
  }

  private void checkInitial(String property) {
    checkNotClosed();
    if (state != State.INITIAL) {
      throw new IllegalStateException(
          "cannot set " + property + " after the process has started: " + this);
    }
  }

  private void checkNotClosed() {
    if (state == State.CLOSED) {
      throw new IllegalStateException("process object is closed");
    }
  }
}
