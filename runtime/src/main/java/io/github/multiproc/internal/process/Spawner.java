package io.github.multiproc.internal.process;

import io.github.multiproc.ProcessStartException;
import io.github.multiproc.StartMethod;
import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.internal.hub.Handshake;
import io.github.multiproc.internal.hub.Hub;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Starts one child JVM (Python's {@code Popen} for the spawn start method), which then says HELLO
 * on its control link, a FIFO ({@link ControlFifo}) or a connection to this JVM's hub. If the JVM
 * cannot be run, {@code start()} throws a {@link ProcessStartException} that says what to do. The
 * wait for HELLO is the child's watcher's ({@link RunningChild}): if the child exits first, or does
 * not connect back within {@code multiproc.startTimeout} (default 60 s; a number of seconds or an
 * ISO-8601 duration such as {@code PT0.5S}), its {@code result()} throws that exception instead.
 */
public final class Spawner {
  /** Well below a pipe's capacity (64 KiB on Linux), so writing this much never blocks. */
  private static final int WRITE_AT_ONCE = 8 * 1024;

  private Spawner() {}

  /**
   * What to start: the call (launcher, entry, arguments), the child's identity, and how to get its
   * JVM. The name, daemon flag and JVM arguments are the call's as the process may have changed
   * them before its start.
   */
  public record Request(
      CallSpec<?> call,
      String name,
      String identity,
      boolean daemon,
      List<String> jvmArgs,
      StartMethod startMethod) {
    /** The generated launcher whose {@code main} runs in the child. */
    Class<?> launcher() {
      return call.launcher();
    }

    /** The entry the launcher dispatches on. */
    String entryKey() {
      return call.entryKey();
    }

    /** The encoded arguments. */
    byte[] arguments() {
      return call.encodedArguments();
    }

    /** Whether the arguments make the child use a Unix-domain socket. */
    boolean argumentsUseSockets() {
      return call.argumentsUseSockets();
    }
  }

  /**
   * Launches the child JVM, or hands it to a standby one; its bootstrap is on the way, and its
   * watcher waits for its HELLO.
   *
   * @throws ProcessStartException if the java executable cannot be run, or no child JVM could
   *     load the launcher (see {@link LaunchTarget})
   * @throws IllegalArgumentException if {@code multiproc.startTimeout} is not a duration, or the
   *     arguments are over {@code multiproc.maxFrameBytes}
   * @throws IllegalStateException if this JVM is exiting and the child is a daemon, or its
   *     children are all joined already
   */
  public static RunningChild spawn(Request request) {
    requireArgumentsFit(request);
    Duration startTimeout = startTimeout();
    if (!ChildRegistry.beginStart(request.daemon())) {
      throw new IllegalStateException(
          "cannot start "
              + request.name()
              + ": this JVM is exiting"
              + (request.daemon()
                  ? ", and daemon children are terminated at exit"
                  : " and has joined its children already"));
    }
    try {
      return launch(request, startTimeout);
    } finally {
      ChildRegistry.endStart();
    }
  }

  private static RunningChild launch(Request request, Duration startTimeout) {
    LaunchTarget.requireLoadable(request.launcher());
    Hub hub = ChildControl.hub();
    if (request.startMethod() == StartMethod.STANDBY) {
      RunningChild child = fromStandby(request, hub, startTimeout);
      if (child != null) {
        return child;
      }
    }
    String token = Handshake.newToken();
    ChildLink link = new ChildLink();
    List<String> command = JavaCommand.build(request.launcher(), request.jvmArgs());
    Bootstrap bootstrap = bootstrap(request, hub, ChildControl.openLine(token, link), token);
    RunningChild child;
    try {
      child = RunningChild.spawn(request, command, bootstrap.toFrame(), link, token, startTimeout);
      if (request.startMethod() == StartMethod.STANDBY) {
        StandbyPool.started(child.process()); // the pool refills once such starts pause
      }
    } catch (IOException e) {
      ChildControl.forget(token);
      link.closeAfterExit(); // ends the FIFO's reader, if there is one
      throw new ProcessStartException(
          "cannot run the java executable "
              + command.get(0)
              + " for "
              + request.name()
              + ": "
              + e.getMessage()
              + ". Point Multiproc.setExecutable(...) at a"
              + " working java binary (the default is ${java.home}/bin/java).",
          e);
    }
    return child;
  }

  /**
   * Refuses arguments over the frame limit here, where the caller can act: the child, which has
   * the same limit ({@link JavaCommand} passes it on), would refuse its bootstrap and die.
   */
  private static void requireArgumentsFit(Request request) {
    int size = request.arguments().length;
    int limit = BlockingLink.maxFrameBytes();
    if (size > limit) {
      throw new IllegalArgumentException(
          "the arguments of "
              + request.name()
              + " encode to "
              + size
              + " bytes, over the limit of "
              + limit
              + " bytes (multiproc.maxFrameBytes);"
              + " raise it with -Dmultiproc.maxFrameBytes=<bytes> (children inherit it), or pass"
              + " large data through SharedMemory or a queue in parts");
    }
  }

  private static Bootstrap bootstrap(Request request, Hub hub, String controlFifo, String token) {
    return new Bootstrap(
        ProcessContext.sessionKey(),
        hub.socketPath().toString(),
        controlFifo,
        token,
        request.name(),
        request.identity(),
        request.daemon(),
        ProcessHandle.current().pid(),
        ProcessContext.name(),
        BlockingLink.maxFrameBytes(),
        request.entryKey(),
        request.arguments(),
        request.argumentsUseSockets());
  }

  /**
   * Hands the child to an idle standby JVM, which is connected to the hub under its own token
   * already (or will be): writes the launcher's name and, when it is small, the bootstrap on its
   * stdin in one write (a larger bootstrap follows from the watcher, as for a spawned child, so a
   * slow reader cannot block start()); or returns {@code null} when there is no standby to use and
   * the caller spawns. A launcher in a named module spawns: a standby runs on the class path only.
   *
   * <p>When none is ready and STANDBY is the default, the start spawns: the standbys are kept
   * booted for speed, and one still booting would start the child later. The pool is topped up
   * once the starts pause, so that no standby boots on the CPU the spawn needs. When the default is
   * another method, a process that chose STANDBY for itself has no standbys kept for it: it waits
   * for one, booting them if need be, up to the start timeout, as Python's
   * {@code get_context("forkserver").Process} always forks from the server.
   */
  private static RunningChild fromStandby(Request request, Hub hub, Duration startTimeout) {
    if (request.launcher().getModule().isNamed() || StandbyMain.class.getModule().isNamed()) {
      return null;
    }
    StandbyPool.Key command = StandbyPool.command(request.jvmArgs());
    long deadline = System.nanoTime() + startTimeout.toNanos();
    while (true) {
      StandbyPool.Standby standby = StandbyPool.take(command, request.launcher().getName());
      if (standby == null) {
        if (StartMethods.getDefault() == StartMethod.STANDBY) {
          StandbyPool.refill(command); // once the starts pause: this one spawns meanwhile
          return null;
        }
        StandbyPool.fill(command);
        standby = awaitStandby(command, request.launcher().getName(), deadline);
        if (standby == null) {
          return null;
        }
      }
      long handedNanos = System.nanoTime();
      byte[] bootstrap = bootstrap(request, hub, "", standby.token()).toFrame();
      boolean together = bootstrap.length <= WRITE_AT_ONCE;
      try {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + bootstrap.length);
        DataOutputStream message = new DataOutputStream(bytes);
        message.writeUTF(StandbyMain.RUN + request.launcher().getName());
        if (together) {
          message.write(bootstrap);
        }
        OutputStream stdin = standby.process().getOutputStream();
        bytes.writeTo(stdin);
        stdin.flush();
      } catch (IOException e) {
        ChildControl.forget(standby.token());
        standby.process().destroyForcibly(); // it died while idle: try the next one
        continue;
      }
      RunningChild child =
          RunningChild.adopt(
              request,
              standby.process(),
              together ? new byte[0] : bootstrap,
              standby.link(),
              standby.token(),
              startTimeout,
              handedNanos);
      StandbyPool.refill(command);
      return child;
    }
  }

  /** A standby for {@code command} once one is ready, or {@code null}: see {@link StandbyPool}. */
  private static StandbyPool.Standby awaitStandby(
      StandbyPool.Key command, String launcher, long deadline) {
    try {
      return StandbyPool.awaitReady(command, launcher, deadline);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // spawn now; the caller sees its interrupt
      return null;
    }
  }

  static Duration startTimeout() {
    String value = System.getProperty("multiproc.startTimeout");
    if (value == null || value.isBlank()) {
      return Duration.ofSeconds(60);
    }
    String trimmed = value.trim();
    try {
      Duration parsed =
          trimmed.startsWith("P") || trimmed.startsWith("p")
              ? Duration.parse(trimmed)
              : Duration.ofMillis(Math.round(Double.parseDouble(trimmed) * 1000));
      if (!parsed.isNegative() && !parsed.isZero()) {
        return parsed;
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      // fall through to the error below
    }
    throw new IllegalArgumentException(
        "multiproc.startTimeout must be a positive number of"
            + " seconds or an ISO-8601 duration such as PT30S, but is '"
            + value
            + "'");
  }
}
