package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.testing.ChildCleanup;
import io.github.multiproc.testing.IntermediateParent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What happens to children when their parent JVM ends, with a real intermediate parent JVM. */
@Timeout(60)
class ExitSemanticsTest {
  @AfterEach
  void killLeftovers() {
    ChildCleanup.killDescendants();
  }

  @Test
  void aChildDiesWithinOneSecondOfItsParentsSigkill() throws Exception {
    Process parent = startParent("nondaemon", "60000", "hold");
    ProcessHandle child = readChild(parent);
    assertTrue(child.isAlive());
    parent.destroyForcibly();
    parent.waitFor();
    long killed = System.nanoTime();
    boolean gone = waitGone(child, 1_000);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);
    assertTrue(gone, "the orphan was still alive " + millis + " ms after its parent's SIGKILL");
  }

  @Test
  void daemonChildrenAreTerminatedWhenTheParentExits() throws Exception {
    long begin = System.nanoTime();
    Process parent = startParent("daemon", "60000", "exit");
    // The parent exits right after printing the pid and terminates its daemon child on the way
    // out, so the child may be gone before we look it up: that is the behaviour under test. It did
    // exist: the parent prints the pid only after start() saw the child connect.
    Optional<ProcessHandle> child = ProcessHandle.of(readChildPid(parent));
    assertTrue(parent.waitFor(15, TimeUnit.SECONDS), "the parent JVM did not exit");
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
    assertTrue(millis < 15_000, "the parent waited for its daemon child: " + millis + " ms");
    if (child.isPresent()) {
      assertTrue(waitGone(child.get(), 2_000), "the daemon child outlived its parent");
    }
  }

  @Test
  void nonDaemonChildrenKeepTheParentAlive() throws Exception {
    Process parent = startParent("nondaemon", "2500", "exit");
    ProcessHandle child = readChild(parent);
    long seen = System.nanoTime();
    assertFalse(
        parent.waitFor(1_500, TimeUnit.MILLISECONDS),
        "the parent exited while its non-daemon child was running");
    assertTrue(child.isAlive());
    assertTrue(parent.waitFor(20, TimeUnit.SECONDS), "the parent never exited");
    assertFalse(child.isAlive());
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - seen);
    assertTrue(millis >= 1_500, "parent ended after " + millis + " ms");
    assertTrue(parent.exitValue() == 0, "parent exit value " + parent.exitValue());
  }

  @Test
  void systemExitRightAfterStartStillRunsAndJoinsTheChild(@TempDir Path dir) throws Exception {
    // Python's sys.exit() joins non-daemon children; the exit must not remove the hub socket or
    // control FIFO the child is about to open while it boots.
    Path stderr = dir.resolve("stderr");
    Process parent =
        startParent("nondaemon", "2000", "sysexit", ProcessBuilder.Redirect.to(stderr.toFile()));
    ProcessHandle child = readChild(parent);
    assertFalse(
        parent.waitFor(1_500, TimeUnit.MILLISECONDS),
        "the parent's System.exit did not wait for its booting child");
    assertTrue(child.isAlive(), "the child died while it booted");
    assertTrue(parent.waitFor(20, TimeUnit.SECONDS), "the parent never exited");
    assertFalse(running(child));
    assertEquals(0, parent.exitValue());
    assertEquals("", Files.readString(stderr).strip(), "the parent or child complained");
  }

  @Test
  void aChildThatClosesItsStdinIsHaltedAndSaysWhy() throws Exception {
    Path errors = Files.createTempFile("stdin-closer", ".err");
    try {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process parent =
          new ProcessBuilder(
                  List.of(
                      java.toString(),
                      "-cp",
                      System.getProperty("java.class.path"),
                      IntermediateParent.class.getName(),
                      "closesStdin"))
              .redirectError(errors.toFile())
              .start();
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("joined true exit 1", out.readLine());
      assertTrue(parent.waitFor(20, TimeUnit.SECONDS));
      String stderr = Files.readString(errors);
      assertTrue(
          stderr.contains("closed its own stdin") && stderr.contains("FileDescriptor.in"), stderr);
    } finally {
      Files.deleteIfExists(errors);
    }
  }

  private static Process startParent(String kind, String millis, String then) throws IOException {
    return startParent(kind, millis, then, ProcessBuilder.Redirect.INHERIT);
  }

  private static Process startParent(
      String kind, String millis, String then, ProcessBuilder.Redirect stderr) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            List.of(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                IntermediateParent.class.getName(),
                kind,
                millis,
                then))
        .redirectError(stderr)
        .start();
  }

  /** The child of an intermediate parent that keeps it running for a while. */
  private static ProcessHandle readChild(Process parent) throws IOException {
    long pid = readChildPid(parent);
    return ProcessHandle.of(pid)
        .orElseThrow(() -> new AssertionError("child " + pid + " ended before it was looked up"));
  }

  private static long readChildPid(Process parent) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    assertTrue(line != null && line.startsWith("child "), "intermediate parent printed " + line);
    return Long.parseLong(line.substring("child ".length()));
  }

  private static boolean waitGone(ProcessHandle process, long millis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (System.nanoTime() < deadline) {
      if (!running(process)) {
        return true;
      }
      Thread.sleep(10);
    }
    return !running(process);
  }

  /**
   * Whether the process still runs. An orphan that died is re-parented to PID 1, which in some
   * containers never reaps it: a zombie has ended, so it counts as gone.
   */
  static boolean running(ProcessHandle process) {
    if (!process.isAlive()) {
      return false;
    }
    try {
      String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
      return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
    } catch (IOException e) {
      return false; // no /proc entry: gone
    }
  }
}
