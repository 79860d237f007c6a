package io.github.multiproc;

import io.github.multiproc.internal.hub.Authkeys;
import io.github.multiproc.internal.process.JavaCommand;
import io.github.multiproc.internal.process.ProcessContext;
import io.github.multiproc.internal.process.StartMethods;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The module-level functions of Python's {@code multiprocessing}: who am I, who is my parent, which
 * children are alive, how many CPUs there are, which java binary children run; and
 * {@code multiprocessing.connection.wait}, as {@link #wait(Collection, Duration)}.
 */
public final class Multiproc {
  private Multiproc() {}

  /**
   * Python's {@code current_process()}: {@code "MainProcess"} in the top JVM; in a child, its own
   * name, pid and daemon flag.
   */
  public static ProcessInfo currentProcess() {
    return new ProcessInfo(
        ProcessContext.name(), ProcessHandle.current().pid(), ProcessContext.isDaemon());
  }

  /** Python's {@code parent_process()}: the process that started this one; empty in the top JVM. */
  public static Optional<ProcessInfo> parentProcess() {
    String parentName = ProcessContext.parentName();
    return parentName == null
        ? Optional.empty()
        : Optional.of(new ProcessInfo(parentName, ProcessContext.parentPid(), false));
  }

  /**
   * Python's {@code active_children()}: the children this JVM started that are still alive.
   * Children that have ended are dropped from the list (Python "joins" them here).
   */
  public static List<ChildProcess<?>> activeChildren() {
    return ChildProcess.activeChildren();
  }

  /**
   * A new random authkey of 32 bytes for {@link Listener}, {@link Client} and
   * {@link Manager#serve}: Python's {@code os.urandom(32)}, as {@code current_process().authkey}
   * is made. Give it to the peers out of band (a file only they can read, an environment variable).
   */
  public static byte[] randomAuthkey() {
    return Authkeys.random();
  }

  /**
   * Python's {@code multiprocessing.connection.wait(object_list, timeout)}: waits until at least one
   * of {@code objects} is ready or {@code timeout} has passed, and returns the ready ones (empty on
   * timeout), in the order given. {@code objects} may mix:
   *
   * <ul>
   *   <li>{@link Connection}s: ready when {@link Connection#poll()} is true (a message waits, or
   *       the peer closed: then {@code recv} throws {@link java.io.EOFException});
   *   <li>{@link Listener}s: ready when {@link Listener#accept()} would return at once;
   *   <li>started {@link ChildProcess}es: ready once ended. Python waits on
   *       {@code p.sentinel}; here the process itself is the sentinel.
   * </ul>
   *
   * <p>The wait blocks until one of them wakes it: it does not poll. {@link Duration#ZERO} only
   * looks. A waiting thread that is interrupted gets a {@link java.io.InterruptedIOException}. As
   * with {@link Connection#poll}, a connection that another thread is receiving on at the same
   * time is looked at once that receive returns.
   *
   * @throws IllegalArgumentException for any other object, or a closed connection
   * @throws IllegalStateException for a child process not started or closed
   * @throws IOException if looking at a connection fails
   */
  public static <T> List<T> wait(Collection<? extends T> objects, Duration timeout)
      throws IOException {
    return ReadyWait.await(
        Objects.requireNonNull(objects, "objects"), Objects.requireNonNull(timeout, "timeout"));
  }

  /**
   * Python's {@code multiprocessing.connection.wait(object_list)} (no timeout): as
   * {@link #wait(Collection, Duration)}, waiting as long as it takes; returns at least one object.
   */
  public static <T> List<T> wait(Collection<? extends T> objects) throws IOException {
    return ReadyWait.await(Objects.requireNonNull(objects, "objects"), null);
  }

  /** Python's {@code cpu_count()}: the processors available to this JVM. */
  public static int cpuCount() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Python's {@code set_executable()}: the java binary that later {@link ChildProcess#start()}
   * calls run, instead of {@code ${java.home}/bin/java}.
   */
  public static void setExecutable(Path javaExecutable) {
    JavaCommand.setExecutable(Objects.requireNonNull(javaExecutable, "javaExecutable"));
  }

  /**
   * Python's {@code set_start_method()}: how later {@link ChildProcess#start()} calls get their JVM,
   * unless a process chooses its own with {@link ChildProcess#startMethod(StartMethod)}. The default
   * is {@link StartMethod#SPAWN}; {@link StartMethod#STANDBY} begins booting standby JVMs (for
   * children without extra JVM arguments) at once, and switching back to {@code SPAWN} ends the idle
   * ones.
   */
  public static void setStartMethod(StartMethod method) {
    StartMethods.setDefault(Objects.requireNonNull(method, "method"));
  }

  /**
   * Python's {@code get_start_method()}: the start method of processes that choose none. Until
   * {@link #setStartMethod} is called it is how this JVM was started: {@link StartMethod#SPAWN} in
   * the top JVM; in a child, {@link StartMethod#STANDBY} if it runs in a standby JVM, else
   * {@code SPAWN}. So a child asks here how it was started, as Python's child does, and its own
   * children start the same way unless it chooses otherwise (a STANDBY child boots no standby
   * JVMs until it starts a child of its own).
   */
  public static StartMethod getStartMethod() {
    return StartMethods.getDefault();
  }

  /**
   * How many idle JVMs {@link StartMethod#STANDBY} keeps booted (Python's forkserver keeps one
   * server; each standby JVM here serves one child). Default 2; 0 stops keeping any. Lowering it
   * ends the idle standby JVMs beyond the new count at once; raising it boots more for the command
   * lines in use. Idle standby JVMs are ended when this JVM exits.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static void setStandbyCount(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("the standby count must be 0 or more, but is " + count);
    }
    StartMethods.setStandbyCount(count);
  }

  /** Goes back to the default java binary, {@code ${java.home}/bin/java}. */
  public static void resetExecutable() {
    JavaCommand.setExecutable(null);
  }
}
