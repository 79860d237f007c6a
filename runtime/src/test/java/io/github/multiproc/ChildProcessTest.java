package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.multiproc.testing.BasicWorkersProcesses;
import io.github.multiproc.testing.BasicWorkers_Launcher;
import io.github.multiproc.testing.FrameLimitParent;
import io.github.multiproc.testing.LeakCheckExtension;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
@ExtendWith(LeakCheckExtension.class)
class ChildProcessTest {
  @Test
  @Timeout(30)
  void returnsTheWorkersResult() {
    ChildProcess<Integer> p = BasicWorkersProcesses.add(40, 2);
    p.start();
    assertEquals(42, p.result());
    assertEquals(0, p.exitCode());
    assertFalse(p.isAlive());
    assertEquals("echo:héllo ✓", run(BasicWorkersProcesses.echo("héllo ✓")));
  }

  @Test
  @Timeout(60)
  void theFrameLimitIsCheckedAtStartAndReachesSpawnedAndStandbyChildren() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process parent =
        new ProcessBuilder(
                java.toString(),
                "-Dmultiproc.maxFrameBytes=200000",
                "-cp",
                System.getProperty("java.class.path"),
                FrameLimitParent.class.getName(),
                "200000")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    List<String> lines;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
      lines = out.lines().toList();
    }
    assertTrue(parent.waitFor(30, TimeUnit.SECONDS), "the parent never exited");
    assertEquals(0, parent.exitValue(), lines::toString);
    assertEquals(3, lines.size(), lines::toString);
    assertTrue(
        lines.get(0).startsWith("refused ")
            && lines.get(0).contains("200000 bytes")
            && lines.get(0).contains("multiproc.maxFrameBytes"),
        lines.get(0));
    assertEquals(List.of("child 200000 spawned", "child 200000 standby"), lines.subList(1, 3));
  }

  @Test
  @Timeout(30)
  void stringsWithUnpairedSurrogatesCrossExactly() {
    // The argument and the result both cross: the child echoes what it decoded.
    String lonely = "a\uD800b\uDC00c\uDBFF";
    assertEquals("echo:" + lonely, run(BasicWorkersProcesses.echo(lonely)));
  }

  @Test
  @Timeout(30)
  void decodesArraysAndSortedCollectionsWithoutLinkingALambda(@TempDir Path dir)
      throws IOException {
    Path classLog = dir.resolve("classes.log");
    ChildProcess<String> p =
        BasicWorkersProcesses.sortWords(
                new String[] {"pear", "apple"}, new TreeSet<>(Set.of("fig")))
            .jvmArgs("-Xlog:class+load=info:file=" + classLog);
    p.start();
    assertEquals("apple,fig,pear String[] TreeSet", p.result());
    // The first lambda a JVM links sets up java.lang.invoke, which slows a spawned child's
    // start: the codecs of generated code make arrays and collections with classes instead
    // (Containers). A lambda class spun in the child is logged with another source than the
    // class-data archive (which on JDK 25 loads the archived ones as the JVM starts). JDK 25's
    // own ZipFile links one, so only this library's classes are looked at.
    List<String> classes = Files.readAllLines(classLog);
    assertTrue(
        classes.stream().anyMatch(line -> line.contains(BasicWorkers_Launcher.class.getName())),
        "log incomplete");
    List<String> spunLambdas =
        classes.stream()
            .filter(
                line ->
                    line.contains("] io.github.multiproc.")
                        && line.contains("$$Lambda")
                        && !line.endsWith("source: shared objects file"))
            .toList();
    assertEquals(List.of(), spunLambdas, "lambdas linked in the child");
  }

  @Test
  @Timeout(30)
  void rethrowsTheRemoteExceptionWithItsStackAndCause() {
    ChildProcess<Void> p = BasicWorkersProcesses.fail("boom");
    p.start();
    RemoteException e = assertThrows(RemoteException.class, p::result);
    assertEquals("java.lang.IllegalStateException", e.remoteClassName());
    assertEquals("java.lang.IllegalStateException: boom", e.getMessage());
    assertTrue(
        Arrays.stream(e.getStackTrace())
            .anyMatch(
                f -> f.getMethodName().equals("fail") && f.getClassName().endsWith("BasicWorkers")),
        () -> Arrays.toString(e.getStackTrace()));
    RemoteException cause = (RemoteException) e.getCause();
    assertEquals("java.io.IOException", cause.remoteClassName());
    assertEquals("root cause", cause.remoteMessage());
    assertNull(cause.getCause());
    assertEquals(1, p.exitCode());
    assertSame(e, assertThrows(RemoteException.class, p::result));
  }

  private static void assertSame(Object expected, Object actual) {
    org.junit.jupiter.api.Assertions.assertSame(expected, actual);
  }

  @Test
  @Timeout(30)
  void exitCodesFollowPython() {
    assertEquals(3, exitCodeOf(BasicWorkersProcesses.exit(3)));
    assertEquals(5, exitCodeOf(BasicWorkersProcesses.halt(5)));
    assertEquals(0, exitCodeOf(BasicWorkersProcesses.exit(0)));
  }

  @Test
  @Timeout(30)
  void systemExitInsideTheWorkerMeansNoResult() {
    ChildProcess<Void> p = BasicWorkersProcesses.exit(3);
    p.start();
    ProcessDiedException e = assertThrows(ProcessDiedException.class, p::result);
    assertEquals(3, e.exitCode());
    assertEquals(
        p.name() + " (pid " + p.pid() + ") ended with exit code 3 before returning a" + " result",
        e.getMessage());
  }

  @Test
  @Timeout(30)
  void outOfMemoryErrorGivesExitCodeOne() {
    ChildProcess<Void> p = BasicWorkersProcesses.oom();
    p.start();
    RemoteException e = assertThrows(RemoteException.class, p::result);
    assertEquals("java.lang.OutOfMemoryError", e.remoteClassName());
    assertEquals(1, p.exitCode());
  }

  @Test
  @Timeout(30)
  void terminateAndKillGiveMinusTheSignal() {
    ChildProcess<Void> terminated = BasicWorkersProcesses.sleep(60_000);
    terminated.start();
    terminated.terminate();
    terminated.join();
    assertEquals(-15, terminated.exitCode());
    assertTrue(terminated.toString().endsWith(" stopped exitcode=-SIGTERM>"), terminated::toString);
    ProcessDiedException died = assertThrows(ProcessDiedException.class, terminated::result);
    assertEquals(-15, died.exitCode());
    assertTrue(died.getMessage().contains("ended with exit code -15"), died::getMessage);

    ChildProcess<Void> killed = BasicWorkersProcesses.sleep(60_000);
    killed.start();
    killed.kill();
    killed.join();
    assertEquals(-9, killed.exitCode());
    assertEquals(-9, assertThrows(ProcessDiedException.class, killed::result).exitCode());
  }

  @Test
  @Timeout(60)
  void aChildEndedByASignalLeavesNoAttachSocketBehind() throws InterruptedException {
    for (boolean kill : new boolean[] {false, true}) {
      ChildProcess<Void> p = BasicWorkersProcesses.sleep(60_000);
      p.start();
      // HotSpot opens it as a JVM with -Xrs starts, before main; without one there is no leak.
      Path socket = Path.of("/tmp/.java_pid" + p.pid());
      boolean opened = appears(socket, Duration.ofSeconds(20));
      if (kill) {
        p.kill();
      } else {
        p.terminate();
      }
      p.join();
      assumeTrue(opened, "this JVM opened no attach socket at start: " + socket);
      assertFalse(
          Files.exists(socket, LinkOption.NOFOLLOW_LINKS),
          socket + " was left behind by a child ended with exit code " + p.exitCode());
    }
  }

  private static boolean appears(Path file, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  @Test
  @Timeout(30)
  void timedJoinAndIsAlive() {
    ChildProcess<Void> p = BasicWorkersProcesses.sleep(1_500);
    assertFalse(p.isAlive());
    assertNull(p.exitCode());
    assertNull(p.pid());
    p.start();
    assertTrue(p.isAlive());
    assertFalse(p.join(Duration.ofMillis(100)));
    assertNull(p.exitCode());
    assertTrue(p.join(Duration.ofSeconds(20)));
    assertFalse(p.isAlive());
    assertEquals(0, p.exitCode());
  }

  @Test
  @Timeout(30)
  void lifecycleErrors() {
    ChildProcess<Void> p = BasicWorkersProcesses.sleep(60_000);
    assertThrows(IllegalStateException.class, p::join);
    p.start();
    assertThrows(IllegalStateException.class, p::start);
    assertThrows(IllegalStateException.class, () -> p.name("late"));
    assertThrows(IllegalStateException.class, () -> p.daemon(true));
    assertThrows(IllegalStateException.class, () -> p.jvmArgs("-Xmx8m"));
    IllegalStateException live = assertThrows(IllegalStateException.class, p::close);
    assertTrue(live.getMessage().contains("still running"), live::getMessage);
    p.kill();
    p.join();
    p.close();
    p.close();
    assertThrows(IllegalStateException.class, p::isAlive);
    assertThrows(IllegalStateException.class, p::exitCode);
    assertThrows(IllegalStateException.class, p::join);
    assertThrows(IllegalStateException.class, p::result);
    assertThrows(IllegalStateException.class, p::start);
    assertTrue(p.toString().endsWith(" closed>"), p::toString);
  }

  @Test
  @Timeout(30)
  void namesAndToString() {
    ChildProcess<String> a = BasicWorkersProcesses.echo("a");
    ChildProcess<String> b = BasicWorkersProcesses.echo("b");
    assertTrue(a.name().matches("Process-\\d+"), a.name());
    int n = Integer.parseInt(a.name().substring("Process-".length()));
    assertEquals("Process-" + (n + 1), b.name());
    long me = ProcessHandle.current().pid();
    assertEquals("<ChildProcess name='" + a.name() + "' parent=" + me + " initial>", a.toString());
    a.daemon(true);
    a.start();
    String started = a.toString();
    // it may already have finished: both are correct
    assertTrue(
        started.equals(
                "<ChildProcess name='"
                    + a.name()
                    + "' pid="
                    + a.pid()
                    + " parent="
                    + me
                    + " started daemon>")
            || started.contains(" stopped exitcode=0 daemon>"),
        started);
    a.join();
    assertEquals(
        "<ChildProcess name='"
            + a.name()
            + "' pid="
            + a.pid()
            + " parent="
            + me
            + " stopped exitcode=0 daemon>",
        a.toString());
  }

  @Test
  @Timeout(30)
  void currentAndParentProcessInsideTheChild() {
    assertEquals("MainProcess", Multiproc.currentProcess().name());
    assertEquals(ProcessHandle.current().pid(), Multiproc.currentProcess().pid());
    assertTrue(Multiproc.parentProcess().isEmpty());
    ChildProcess<String> p = BasicWorkersProcesses.whoAmI();
    p.start();
    String[] parts = p.result().split("\\|");
    assertEquals("me", parts[0]);
    assertEquals(String.valueOf(p.pid()), parts[1]);
    assertEquals("false", parts[2]);
    assertEquals("MainProcess", parts[3]);
    assertEquals(String.valueOf(ProcessHandle.current().pid()), parts[4]);
  }

  @Test
  @Timeout(30)
  void grandchildrenAreNamedAfterTheirParentsIdentity() {
    ChildProcess<String> p = BasicWorkersProcesses.startChild();
    String identity = p.name().substring("Process-".length());
    p.start();
    assertEquals("Process-" + identity + ":1=echo:grandchild", p.result());
  }

  @Test
  @Timeout(30)
  void aDaemonMayNotStartChildren() {
    ChildProcess<String> p = BasicWorkersProcesses.startChild().daemon(true);
    p.start();
    RemoteException e = assertThrows(RemoteException.class, p::result);
    assertEquals("java.lang.IllegalStateException", e.remoteClassName());
    assertEquals("daemonic processes are not allowed to have children", e.remoteMessage());
    assertEquals(1, p.exitCode());
  }

  @Test
  @Timeout(30)
  void activeChildrenReapsFinishedOnes() {
    ChildProcess<Void> sleeper = BasicWorkersProcesses.sleep(60_000);
    ChildProcess<String> quick = BasicWorkersProcesses.echo("x");
    sleeper.start();
    quick.start();
    quick.join();
    assertEquals(java.util.List.of(sleeper), Multiproc.activeChildren());
    sleeper.terminate();
    sleeper.join();
    assertTrue(Multiproc.activeChildren().isEmpty());
    assertTrue(Multiproc.cpuCount() >= 1);
  }

  @Test
  @Timeout(30)
  void jvmArgsReachTheChild() {
    ChildProcess<Void> p = BasicWorkersProcesses.exit(0).jvmArgs("-Dunused=1", "-Xmx24m");
    p.start();
    p.join();
    assertEquals(0, p.exitCode());
    assertNotNull(p.pid());
    assertNotEquals(ProcessHandle.current().pid(), p.pid());
  }

  private static <R> R run(ChildProcess<R> p) {
    p.start();
    return p.result();
  }

  private static int exitCodeOf(ChildProcess<?> p) {
    p.start();
    p.join();
    return p.exitCode();
  }
}
