package io.github.multiproc.internal.process;

import io.github.multiproc.internal.exit.ExitOrder;
import io.github.multiproc.internal.hub.PidDirectories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Named pipes (FIFOs) for the control links of spawned children, made ahead in batches in a
 * directory only this user can enter.
 *
 * <p>Why FIFOs: a fresh JVM opens a FIFO with {@code java.io} classes its default class-data
 * archive already holds, while its first Unix-domain socket loads the NIO socket classes and
 * {@code SecureRandom} (in their static initialiser), a large part of a spawned child's start.
 * Java cannot make a FIFO itself, so the {@code mkfifo} tool makes {@value #BATCH} at a time: one
 * tool run per {@value #BATCH} children. Where it cannot run, or with
 * {@code -Dmultiproc.controlFifo=false}, children connect to the hub instead, as standby JVMs do.
 * The directory goes at exit; one left by a parent killed with SIGKILL goes when the next parent of
 * this user makes its own.
 */
final class ControlFifos {
  /** Name prefix of the FIFO directories, followed by the owner's pid. */
  private static final String PREFIX = "multiproc-control-";

  /** FIFOs made by one run of {@code mkfifo}. */
  private static final int BATCH = 16;

  /** The first pause after {@code mkfifo} failed; it doubles with each failure in a row. */
  private static final long FIRST_PAUSE_NANOS = 1_000_000_000L;

  private static final long MAX_PAUSE_NANOS = 60_000_000_000L;

  private static final ArrayDeque<Path> READY = new ArrayDeque<>();
  private static Path directory;
  private static boolean hooked;

  /** FIFOs named so far: the next one is {@code c<made>}. */
  private static int made;

  /** Whether the last try to make FIFOs failed: children use the hub until {@link #retryAt}. */
  private static boolean failing;

  private static long retryAt;
  private static long pauseNanos = FIRST_PAUSE_NANOS;

  private ControlFifos() {}

  /**
   * A FIFO nobody uses yet, or {@code null} when children should connect to the hub: FIFOs are
   * off, or this system could not make them lately. The caller deletes it when done.
   */
  static synchronized Path take() {
    if ("false".equalsIgnoreCase(System.getProperty("multiproc.controlFifo"))) {
      return null;
    }
    if (READY.isEmpty()) {
      if (failing && System.nanoTime() - retryAt < 0) {
        return null;
      }
      try {
        makeBatch();
        failing = false;
        pauseNanos = FIRST_PAUSE_NANOS;
      } catch (IOException e) {
        // No mkfifo on the PATH, or a passing failure (a busy machine's 10 s timeout, a failed
        // fork): the hub path works everywhere, and a later start tries again, less and less often.
        failing = true;
        retryAt = System.nanoTime() + pauseNanos;
        pauseNanos = Math.min(MAX_PAUSE_NANOS, pauseNanos * 2);
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return READY.poll();
  }

  /**
   * This JVM's private directory for what its children read as they boot: the FIFOs, and
   * {@link ArgFiles}' argument files. It goes at exit, once the children are reaped.
   */
  static synchronized Path directory() throws IOException {
    if (directory == null || !Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
      // The first use, or a temp-dir cleaner removed the directory: a fresh one.
      directory =
          PidDirectories.create(Path.of(System.getProperty("java.io.tmpdir", "/tmp")), PREFIX);
      if (!hooked) {
        hooked = true;
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(ControlFifos::deleteDirectory, "multiproc-control-fifo-cleanup"));
      }
    }
    return directory;
  }

  private static void makeBatch() throws IOException, InterruptedException {
    Path home = directory();
    List<String> command = new ArrayList<>(BATCH + 3);
    command.add("mkfifo");
    command.add("-m");
    command.add("600");
    List<Path> batch = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      Path fifo = home.resolve("c" + made++);
      batch.add(fifo);
      command.add(fifo.toString());
    }
    Process mkfifo =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!mkfifo.waitFor(10, TimeUnit.SECONDS)) {
      mkfifo.destroyForcibly();
      throw new IOException("mkfifo did not finish within 10 s");
    }
    for (Path fifo : batch) {
      if (mkfifo.exitValue() != 0 || !isFifo(fifo)) {
        for (Path each : batch) {
          Files.deleteIfExists(each);
        }
        throw new IOException("mkfifo exited with " + mkfifo.exitValue());
      }
    }
    READY.addAll(batch);
  }

  private static boolean isFifo(Path path) throws IOException {
    return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
        .isOther();
  }

  /** At exit: removes the FIFOs nobody took, the argument files left, and the directory. */
  private static void deleteDirectory() {
    ExitOrder.awaitChildren(); // a child still booting opens its FIFO in there
    Path current;
    synchronized (ControlFifos.class) {
      current = directory;
    }
    if (current != null) {
      PidDirectories.deleteQuietly(current);
    }
  }
}
