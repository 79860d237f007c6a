package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.spi.WorkerCall;
import io.github.multiproc.testing.BasicWorkersProcesses;
import io.github.multiproc.testing.ChildCleanup;
import io.github.multiproc.testing.HiddenLauncherSource;
import io.github.multiproc.wire.Codecs;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child that cannot start fails fast and clearly and never hangs: start() throws when the java
 * executable cannot be run; otherwise start() returns at once and result() says why the child
 * never started.
 */
@Timeout(60)
class StartFailureTest {
  @AfterEach
  void cleanUp() {
    Multiproc.resetExecutable();
    ChildCleanup.killDescendants();
  }

  @Test
  void aJavaExecutableThatDoesNotExist(@TempDir Path dir) {
    Multiproc.setExecutable(dir.resolve("no-such-java"));
    ChildProcess<String> p = BasicWorkersProcesses.echo("x");
    ProcessStartException e = assertThrows(ProcessStartException.class, p::start);
    assertTrue(e.getMessage().contains("no-such-java"), e::getMessage);
    assertTrue(e.getMessage().contains("Multiproc.setExecutable"), e::getMessage);
    assertFalse(p.isAlive());
    // nothing ran, so as in Python the handle can be started once the executable is fixed
    Multiproc.resetExecutable();
    p.start();
    assertEquals("echo:x", p.result());
  }

  @Test
  void aBadJvmFlag() {
    ChildProcess<String> p = BasicWorkersProcesses.echo("x").jvmArgs("-XX:+NoSuchFlagAtAll");
    long begin = System.nanoTime();
    p.start();
    p.join();
    assertEquals(1, p.exitCode());
    assertFalse(p.isAlive());
    ProcessStartException e = assertThrows(ProcessStartException.class, p::result);
    assertTrue(e.getMessage().contains("exited with code 1 before it started"), e::getMessage);
    assertTrue(e.getMessage().contains("-XX:+NoSuchFlagAtAll"), e::getMessage);
    assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - begin) < 10);
    assertSame(e, assertThrows(ProcessStartException.class, p::result), "the same answer again");
    assertThrows(IllegalStateException.class, p::start);
  }

  @Test
  void aLauncherTheChildCannotFind(@TempDir Path dir) throws Exception {
    Path classes = HiddenLauncherSource.compile(dir);
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> launcher = loader.loadClass(HiddenLauncherSource.NAME);
      // The child gets the loader's URLs as its class path; gone, they no longer hold the class.
      Files.delete(classes.resolve(HiddenLauncherSource.NAME.replace('.', '/') + ".class"));
      ChildProcess<Long> p = WorkerCall.to(launcher, "pid()", Codecs.LONG).newProcess();
      long begin = System.nanoTime();
      p.start();
      ProcessStartException e = assertThrows(ProcessStartException.class, p::result);
      assertTrue(e.getMessage().contains(HiddenLauncherSource.NAME), e::getMessage);
      assertTrue(e.getMessage().contains("Could not find or load main class"), e::getMessage);
      assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - begin) < 10);
    }
  }

  @Test
  void anEarlyExitIsNotBlamedOnTheClassPathOrJvmFlags() {
    // A main that exits before ChildMain.run: java found the class and took the flags.
    ChildProcess<Void> p = WorkerCall.to(EarlyExit.class, "none", Codecs.VOID).newProcess();
    p.start();
    ProcessStartException e = assertThrows(ProcessStartException.class, p::result);
    assertEquals(3, p.exitCode());
    assertTrue(
        e.getMessage()
            .contains("exited with code 3 before it started: its stderr above" + " says why"),
        e::getMessage);
    assertFalse(e.getMessage().contains("main class"), e::getMessage);
    assertFalse(e.getMessage().contains("VM option"), e::getMessage);
    assertFalse(e.getMessage().contains("class path"), e::getMessage);
  }

  @Test
  void aBootstrapTheChildRejectsIsNamedAsTheReason() {
    // The child's own frame limit is lower than the arguments the parent sends in its bootstrap.
    ChildProcess<String> p =
        BasicWorkersProcesses.echo("x".repeat(20_000)).jvmArgs("-Dmultiproc.maxFrameBytes=4096");
    p.start();
    ProcessStartException e = assertThrows(ProcessStartException.class, p::result);
    assertEquals(65, p.exitCode());
    assertTrue(
        e.getMessage().contains("it could not read the bootstrap this JVM sent"), e::getMessage);
    assertFalse(e.getMessage().contains("main class"), e::getMessage);
  }

  @Test
  void aChildThatNeverConnectsTimesOut() throws Exception {
    String old = System.getProperty("multiproc.startTimeout");
    System.setProperty("multiproc.startTimeout", "1.5");
    try {
      // A JVM whose main never calls ChildMain.run: it sleeps, so only the timeout can end it.
      ChildProcess<Void> p = WorkerCall.to(Sleeper.class, "none", Codecs.VOID).newProcess();
      long begin = System.nanoTime();
      p.start();
      ProcessStartException e = assertThrows(ProcessStartException.class, p::result);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
      assertTrue(e.getMessage().contains("did not connect back within 1500 ms"), e::getMessage);
      assertTrue(millis < 8_000, "took " + millis + " ms");
      assertEquals(-9, p.exitCode());
      assertTrue(ProcessHandle.current().children().findAny().isEmpty());
    } finally {
      if (old == null) {
        System.clearProperty("multiproc.startTimeout");
      } else {
        System.setProperty("multiproc.startTimeout", old);
      }
    }
  }

  @Test
  void startDoesNotWaitForTheChildToConnectAndAStoppedChildDied() {
    // Sleeper never connects: a start() that waited for it would block for the 60 s start timeout.
    ChildProcess<Void> p = WorkerCall.to(Sleeper.class, "none", Codecs.VOID).newProcess();
    long begin = System.nanoTime();
    p.start();
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
    assertTrue(p.isAlive());
    p.kill();
    p.join();
    assertTrue(millis < 10_000, "start() took " + millis + " ms");
    assertEquals(-9, p.exitCode());
    // stopped by a signal before it connected: it died, it did not fail to start
    assertThrows(ProcessDiedException.class, p::result);
  }

  /** A main that exits at once with code 3, before it reads its bootstrap. */
  public static final class EarlyExit {
    public static void main(String[] args) {
      System.exit(3);
    }
  }

  /** A main that ignores the bootstrap: stands in for a hung child JVM. */
  public static final class Sleeper {
    public static void main(String[] args) throws InterruptedException {
      Thread.sleep(60_000);
    }
  }
}
