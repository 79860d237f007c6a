package io.github.multiproc.internal.process;

import io.github.multiproc.internal.hub.ConnectionKind;
import io.github.multiproc.internal.hub.HubClient;
import io.github.multiproc.internal.shm.LockWarmUp;
import java.io.DataInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;

/**
 * The main class of a standby JVM for {@code StartMethod.STANDBY} (Python's
 * {@code forkserver}, which a JVM cannot {@code fork}: the server here is a whole idle JVM that
 * becomes exactly one child). It boots and warms up what every child runs (the wire format, the
 * bootstrap, reflection, the classes of the death pipe), connects to the parent's hub as the child
 * will be connected (the handshake's code warms up there), then waits for its orders. They are read
 * from its first instruction on ({@link StandbyOrders}), so it ends as soon as its parent dies.
 *
 * <p>Protocol on stdin, in {@link DataInputStream#readUTF} strings: any number of
 * {@code PRELOAD + className} hints (launchers the parent started before, loaded now so the child
 * does not pay for it, and warmed up when they offer a warm-up: see {@link #preload}), then
 * {@code RUN + className}, then the usual bootstrap frame. This main loads the launcher and calls
 * its {@code main}, which reads the bootstrap exactly as a spawned child would
 * ({@code ChildMain.run}), so a standby child and a spawned child share one code path from there
 * on. End-of-file before {@code RUN} means the parent died or no longer needs this JVM: it exits
 * quietly, without the launcher's "start it through its generated factory" complaint.
 */
public final class StandbyMain {
  /** Exit code when the launcher cannot be run; the parent reports it as a failed start. */
  /** Prefix of a launcher to load ahead of time. */
  static final String PRELOAD = "+";

  /** Prefix of the parent hub's socket path; the token and the session key follow. */
  static final String CONNECT = "@";

  /** The optional warm-up method of a launcher, run by {@link #preload}. */
  static final String WARM_UP_METHOD = "standbyWarmUp";

  /** Prefix of the launcher to run now. */
  static final String RUN = "=";

  /**
   * Lock and shared-value rounds a standby runs so the JIT compiles them before the child needs
   * them: enough for C2 (tiered compilation's thresholds are in the thousands), spent in a standby's
   * otherwise idle time.
   */
  private static final int HOT_ROUNDS = 20_000;

  private StandbyMain() {}

  public static void main(String[] args) throws Throwable {
    // Unbuffered: the bytes after the name are the bootstrap, then the death pipe.
    DataInputStream stdin = new DataInputStream(new FileInputStream(FileDescriptor.in));
    StandbyOrders orders = StandbyOrders.readFrom(stdin);
    try {
      ChildWarmUp.run();
      LockWarmUp.compileHotPaths(HOT_ROUNDS);
    } catch (Throwable e) {
      // only speed is lost: the child will load what the warm-up did not
    }
    String launcherName = null;
    while (launcherName == null) {
      Object order = orders.next();
      if (order instanceof StandbyOrders.Connect connect) {
        connectAhead(connect);
      } else if (((String) order).startsWith(PRELOAD)) {
        preload(((String) order).substring(PRELOAD.length()));
      } else {
        launcherName = (String) order;
      }
    }
    Method main;
    try {
      Class<?> launcher = Class.forName(launcherName, true, StandbyMain.class.getClassLoader());
      main = launcher.getMethod("main", String[].class);
    } catch (ReflectiveOperationException | LinkageError e) {
      System.err.println(
          "multiproc: a standby JVM cannot run the launcher "
              + launcherName
              + ": "
              + e
              + ". Its class path must hold the launcher; start it with"
              + " StartMethod.SPAWN if it is loaded by a custom class loader.");
      Runtime.getRuntime().halt(ExitCodes.LAUNCHER_UNLOADABLE);
      return;
    }
    ProcessContext.startedInStandby();
    try {
      main.invoke(null, (Object) new String[0]);
    } catch (InvocationTargetException e) {
      throw e.getCause(); // keep java's report of a throw
    }
  }

  /**
   * Connects to the parent's hub and says HELLO with this JVM's token now, while nobody waits, so
   * the child it becomes is connected at once. If that fails the child connects itself, with the
   * same token, as a spawned child does.
   */
  private static void connectAhead(StandbyOrders.Connect order) {
    try {
      ChildRuntime.connectedAhead =
          HubClient.connect(
              Path.of(order.hubPath()),
              order.key(),
              ConnectionKind.CHILD_CONTROL,
              ParentLink.hello(order.token()));
    } catch (IOException | RuntimeException e) {
      // the child will try again, and report what goes wrong then
    }
  }

  /**
   * Loads a launcher the parent started before, and runs its warm-up if it has one: a public static
   * {@value #WARM_UP_METHOD}{@code ()}, which does ahead of time what that launcher's child would
   * otherwise do cold: a generated launcher verifies the user's class, the pool worker's launcher
   * runs its chunk path. It runs before the standby says HELLO, so a standby counts as ready only
   * once it is warm. A failure costs nothing but speed.
   */
  static void preload(String className) {
    Class<?> launcher;
    try {
      launcher = Class.forName(className, false, StandbyMain.class.getClassLoader());
      launcher.getMethod("main", String[].class);
    } catch (ReflectiveOperationException | LinkageError e) {
      return; // a wrong hint costs nothing: the launch reports it if the launcher is really missing
    }
    Method warmUp;
    try {
      warmUp = launcher.getMethod(WARM_UP_METHOD);
    } catch (NoSuchMethodException e) {
      return; // most launchers have none
    }
    if (!Modifier.isStatic(warmUp.getModifiers())) {
      return;
    }
    try {
      warmUp.invoke(null);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      // only speed is lost: the child runs the same code cold
    }
  }
}
