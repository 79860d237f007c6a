package io.github.multiproc.testing;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Multiproc;
import io.github.multiproc.ProcessInfo;
import io.github.multiproc.annotation.Worker;
import io.github.multiproc.internal.process.SocketSetUp;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * The "user code" of the tests of one child process's life (start, result, exit, failure): the
 * processor generates {@code BasicWorkers_Launcher} and the factories {@code BasicWorkersProcesses}
 * from it, as in a user's project.
 */
public final class BasicWorkers {
  private BasicWorkers() {}

  /** Returns "echo:" and the text. */
  @Worker
  public static String echo(String text) {
    return "echo:" + text;
  }

  /** The words added to {@code more}, in order, then what the two containers were. */
  @Worker
  public static String sortWords(String[] words, SortedSet<String> more) {
    for (String word : words) {
      more.add(word);
    }
    return String.join(",", more)
        + " "
        + words.getClass().getSimpleName()
        + " "
        + more.getClass().getSimpleName();
  }

  /** Returns the sum. */
  @Worker
  public static int add(int a, int b) {
    return a + b;
  }

  /** Ends the JVM with {@code System.exit(code)}. */
  @Worker
  public static void exit(int code) {
    System.exit(code);
  }

  /** Ends the JVM with {@code Runtime.halt(code)}, running no shutdown hooks. */
  @Worker
  public static void halt(int code) {
    Runtime.getRuntime().halt(code);
  }

  /**
   * Throws an {@code IllegalStateException} with {@code message}, caused by an {@code IOException}.
   */
  @Worker
  public static void fail(String message) throws IOException {
    try {
      throw new IOException("root cause");
    } catch (IOException e) {
      throw new IllegalStateException(message, e);
    }
  }

  /** Fills a heap kept small by the annotation's JVM arguments. */
  @Worker(jvmArgs = "-Xmx16m")
  public static void oom() {
    List<long[]> hog = new ArrayList<>();
    while (true) {
      hog.add(new long[1 << 20]);
    }
  }

  /** Sleeps {@code millis}. */
  @Worker
  public static void sleep(long millis) throws InterruptedException {
    Thread.sleep(millis);
  }

  /**
   * What a careless user's code may do (System.in itself is an empty stream in a child): close the
   * stream on file descriptor 0, the death pipe.
   */
  @Worker
  public static void closeStdinThenSleep() throws IOException, InterruptedException {
    new FileInputStream(FileDescriptor.in).close();
    Thread.sleep(30_000);
  }

  /** Whether this child set up its socket classes, {@code millis} after its task began. */
  @Worker
  public static boolean socketSetUpDone(long millis) throws InterruptedException {
    Thread.sleep(millis);
    return SocketSetUp.done();
  }

  /**
   * "name|pid|daemon|parent name|parent pid" as this child sees them; the annotation names it "me".
   */
  @Worker(name = "me")
  public static String whoAmI() {
    ProcessInfo me = Multiproc.currentProcess();
    ProcessInfo parent = Multiproc.parentProcess().orElseThrow();
    return me.name()
        + "|"
        + me.pid()
        + "|"
        + me.daemon()
        + "|"
        + parent.name()
        + "|"
        + parent.pid();
  }

  /** Starts a grandchild and returns its name and result. */
  @Worker
  public static String startChild() {
    ChildProcess<String> child = BasicWorkersProcesses.echo("grandchild");
    child.start();
    return child.name() + "=" + child.result();
  }
}
