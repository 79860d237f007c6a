package io.github.multiproc.internal.process;

import io.github.multiproc.internal.hub.BlockingLink;
import java.nio.channels.spi.SelectorProvider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the command line of a child JVM (Python's {@code spawn} start method): the same java
 * executable (or the one given to {@code Multiproc.setExecutable}), and the class path, module
 * path and main that run the launcher the way this JVM loaded it ({@link LaunchTarget}).
 *
 * <p>Children get {@code -Xrs} unless {@code multiproc.reduceSignals=false}: without it the JVM
 * catches SIGTERM and runs shutdown hooks, so {@code terminate()} might be delayed or blocked by
 * user code; with it SIGTERM ends the child at once, as in Python. The cost is that a child does
 * not run its shutdown hooks on SIGTERM (it still does on {@code System.exit}) and ignores SIGQUIT
 * thread dumps. A JVM with {@code -Xrs} also opens its attach socket ({@code /tmp/.java_pid<pid>},
 * for {@code jcmd}) as it starts rather than on request; when a signal ends a child before it can
 * delete that socket, its parent does ({@link AttachSocket}). Nothing secret is ever put on the
 * command line: that travels on stdin.
 *
 * <p>Children run with {@code -XX:-UsePerfData} unless their JVM flags mention
 * {@code UsePerfData}: no hsperfdata file to create and delete, which makes starts faster; the
 * cost is that {@code jps}/{@code jstat} do not list children ({@code jcmd <pid>} still works).
 *
 * <p>On JDK 22 and later, children started with this JVM's own {@code java} trim their C heap
 * every {@value #TRIM_INTERVAL_MILLIS} ms ({@code -XX:TrimNativeHeapInterval}) unless their JVM
 * flags mention {@code TrimNativeHeapInterval}. A child's start leaves several MiB of the memory
 * the JVM's compilers and class loading worked in with the C library once the JVM frees it (the
 * JVM does that every 5 s), and glibc keeps freed memory resident until it is asked to trim; an
 * idle child gives it back to the system. Where the C library cannot trim (musl, macOS) the JVM
 * turns trimming off, and {@code -Xlog:trimnative=off} keeps the warning it would print about
 * that out of the child's output.
 *
 * <p>Children are told the JDK's own selector provider
 * ({@code -Djava.nio.channels.spi.SelectorProvider}) unless their JVM flags name one. Without it,
 * a child's first socket (every queue, pipe, manager or pool connection) waits for the JDK to look
 * for providers with a {@link java.util.ServiceLoader} scan of the class path and the module
 * image. The name is the one this JVM's scan ended with, and
 * only when that is the JDK's own provider: a child has this JVM's class path, so its scan would
 * find the same; an application that ships a provider keeps it.
 *
 * <p>Children get this JVM's {@code multiproc.maxFrameBytes} when it is set and their JVM flags do
 * not set their own, so both ends of every frame keep the same limit.
 *
 * <p>Children also map a class-data archive when one is ready ({@link ArchiveFlags}, made by
 * {@code internal.cds.ClassDataArchive}; off with {@code -Dmultiproc.classDataArchive=false}).
 */
public final class JavaCommand {
  /** The system property that names the selector provider, read by every new socket's JVM. */
  static final String SELECTOR_PROVIDER = "java.nio.channels.spi.SelectorProvider";

  /** How often a child trims its C heap, on the JDKs that can ({@link #NATIVE_TRIM_SINCE}). */
  static final int TRIM_INTERVAL_MILLIS = 1000;

  /** The first JDK whose {@code -XX:TrimNativeHeapInterval} is a product flag in every build. */
  static final int NATIVE_TRIM_SINCE = 22;

  private static volatile Path executable;

  private JavaCommand() {}

  /** Python's {@code set_executable}: the java binary children run; {@code null} for the default. */
  public static void setExecutable(Path path) {
    executable = path;
  }

  /** The java binary children run: by default {@code ${java.home}/bin/java}. */
  public static Path executable() {
    Path chosen = executable;
    return chosen != null ? chosen : Path.of(System.getProperty("java.home"), "bin", "java");
  }

  /**
   * The command that runs {@code launcher}'s {@code main} in a new JVM with {@code jvmArgs}, and
   * with the class-data archive of this class path when one is ready (see
   * {@code internal.cds.ClassDataArchive}).
   */
  public static List<String> build(Class<?> launcher, List<String> jvmArgs) {
    return command(launcher, jvmArgs, true);
  }

  /** As {@link #build}; {@code withArchive} false for a JVM that must not map an archive. */
  static List<String> command(Class<?> launcher, List<String> jvmArgs, boolean withArchive) {
    Objects.requireNonNull(launcher, "launcher");
    List<String> command = new ArrayList<>();
    Path java = executable();
    command.add(java.toString());
    if (!"false".equals(System.getProperty("multiproc.reduceSignals"))
        && !jvmArgs.contains("-Xrs")) {
      command.add("-Xrs");
    }
    if (!mentions(jvmArgs, "UsePerfData")) {
      // No hsperfdata file: creating it (a 32 KiB file in /tmp, deleted at exit) costs a child
      // several ms of start on a busy disk. jps and jstat no longer list children; jcmd <pid>
      // still works. A user's -XX:+UsePerfData in jvmArgs turns it back on.
      command.add("-XX:-UsePerfData");
    }
    if (executable == null
        && Runtime.version().feature() >= NATIVE_TRIM_SINCE
        && !mentions(jvmArgs, "TrimNativeHeapInterval")) {
      // Only for this JVM's own java, whose version is known to have the flag.
      command.add("-XX:TrimNativeHeapInterval=" + TRIM_INTERVAL_MILLIS);
      command.add("-Xlog:trimnative=off");
    }
    if (!mentions(jvmArgs, SELECTOR_PROVIDER)) {
      String provider = PlatformSelectorProvider.NAME;
      if (provider != null) {
        command.add("-D" + SELECTOR_PROVIDER + "=" + provider);
      }
    }
    String maxFrameBytes = System.getProperty(BlockingLink.MAX_FRAME_BYTES_PROPERTY);
    if (maxFrameBytes != null
        && !maxFrameBytes.isBlank()
        && !mentions(jvmArgs, BlockingLink.MAX_FRAME_BYTES_PROPERTY)) {
      // The child checks frames against its own limit: the parent's must reach it, or a frame
      // this JVM accepts to send (a bootstrap) would be refused there.
      command.add(
          "-D" + BlockingLink.MAX_FRAME_BYTES_PROPERTY + "=" + BlockingLink.maxFrameBytes());
    }
    List<String> target = new ArrayList<>();
    boolean samePaths = LaunchTarget.addTo(target, launcher);
    if (withArchive && samePaths) {
      // Before the user's flags, so theirs win where both set something. Only for this JVM's
      // class path and module path: the archive is made for and checked against those.
      command.addAll(ArchiveFlags.runtime().flagsFor(jvmArgs, executable == null));
    }
    command.addAll(jvmArgs);
    command.addAll(target);
    return command;
  }

  /**
   * The command of a JVM that runs no launcher but a JDK tool mode given by {@code jvmArgs} (a CDS
   * dump), on the class path and module path children get, so what it records matches them.
   */
  public static List<String> tool(List<String> jvmArgs) {
    List<String> command = new ArrayList<>();
    command.add(executable().toString());
    command.addAll(jvmArgs);
    LaunchTarget.addClassPath(command, System.getProperty("java.class.path", ""));
    String modulePath = System.getProperty("jdk.module.path", "");
    if (!modulePath.isEmpty()) {
      command.add("-p");
      command.add(modulePath);
      command.add("--add-modules");
      command.add("ALL-MODULE-PATH");
    }
    return command;
  }

  private static boolean mentions(List<String> jvmArgs, String flag) {
    for (String arg : jvmArgs) {
      if (arg.contains(flag)) {
        return true;
      }
    }
    return false;
  }

  /** The JDK's own selector provider class in this JVM, found once; null if another one is used. */
  private static final class PlatformSelectorProvider {
    static final String NAME = platformName();

    private static String platformName() {
      Class<?> type = SelectorProvider.provider().getClass();
      return type.getModule() == Object.class.getModule() ? type.getName() : null;
    }
  }
}
