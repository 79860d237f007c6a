package io.github.multiproc.testing;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Multiproc;
import io.github.multiproc.ProcessInfo;
import io.github.multiproc.internal.process.SocketSetUp;
import io.github.multiproc.spi.ChildMain;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.Containers;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import io.github.multiproc.spi.WorkerDispatcher;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/** A hand-written launcher in the exact shape the processor generates. */
public final class TestLauncher implements WorkerDispatcher {
  private TestLauncher() {}

  public static void main(String[] args) {
    ChildMain.run(new TestLauncher(), args);
  }

  @Override
  public void dispatch(String entryKey, WireInput arguments, WireOutput result) throws Throwable {
    switch (entryKey) {
      case "echo(java.lang.String)": {
        String text = Codecs.STRING.decode(arguments);
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, Workers.echo(text));
        return;
      }
      case "sortWords(java.lang.String[],java.util.SortedSet)": {
        String[] words = Codecs.array(Codecs.STRING, String.class).decode(arguments);
        SortedSet<String> more =
            Codecs.<String, SortedSet<String>>collection(Codecs.STRING, Containers.treeSet())
                .decode(arguments);
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, Workers.sortWords(words, more));
        return;
      }
      case "add(int,int)": {
        int a = arguments.readInt();
        int b = arguments.readInt();
        arguments.requireFullyRead();
        Codecs.INTEGER.encode(result, Workers.add(a, b));
        return;
      }
      case "exit(int)": {
        int code = arguments.readInt();
        arguments.requireFullyRead();
        Workers.exit(code);
        return;
      }
      case "halt(int)": {
        int code = arguments.readInt();
        arguments.requireFullyRead();
        Workers.halt(code);
        return;
      }
      case "fail(java.lang.String)": {
        String message = Codecs.STRING.decode(arguments);
        arguments.requireFullyRead();
        Workers.fail(message);
        return;
      }
      case "oom()": {
        arguments.requireFullyRead();
        Workers.oom();
        return;
      }
      case "sleep(long)": {
        long millis = arguments.readLong();
        arguments.requireFullyRead();
        Workers.sleep(millis);
        return;
      }
      case "closeStdinThenSleep()": {
        arguments.requireFullyRead();
        // What a careless user's code may do (System.in itself is an empty stream in a child):
        // close the stream on file descriptor 0, the death pipe.
        new java.io.FileInputStream(java.io.FileDescriptor.in).close();
        Thread.sleep(30_000);
        return;
      }
      case "whoAmI()": {
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, Workers.whoAmI());
        return;
      }
      case "socketSetUpDone(long)": {
        long millis = arguments.readLong();
        arguments.requireFullyRead();
        Codecs.BOOLEAN.encode(result, Workers.socketSetUpDone(millis));
        return;
      }
      case "startChild()": {
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, Workers.startChild());
        return;
      }
      default:
        throw WorkerDispatcher.unknownEntry(entryKey, TestLauncher.class);
    }
  }

  /** The "user code" the launcher calls. */
  static final class Workers {
    private Workers() {}

    static String echo(String text) {
      return "echo:" + text;
    }

    /** The words added to {@code more}, in order, then what the two containers were. */
    static String sortWords(String[] words, SortedSet<String> more) {
      for (String word : words) {
        more.add(word);
      }
      return String.join(",", more) + " " + words.getClass().getSimpleName() + " "
          + more.getClass().getSimpleName();
    }

    static int add(int a, int b) {
      return a + b;
    }

    static void exit(int code) {
      System.exit(code);
    }

    static void halt(int code) {
      Runtime.getRuntime().halt(code);
    }

    static void fail(String message) throws IOException {
      try {
        throw new IOException("root cause");
      } catch (IOException e) {
        throw new IllegalStateException(message, e);
      }
    }

    static void oom() {
      List<long[]> hog = new ArrayList<>();
      while (true) {
        hog.add(new long[1 << 20]);
      }
    }

    static void sleep(long millis) throws InterruptedException {
      Thread.sleep(millis);
    }

    /** Whether this child set up its socket classes, {@code millis} after its task began. */
    static boolean socketSetUpDone(long millis) throws InterruptedException {
      Thread.sleep(millis);
      return SocketSetUp.done();
    }

    static String whoAmI() {
      ProcessInfo me = Multiproc.currentProcess();
      ProcessInfo parent = Multiproc.parentProcess().orElseThrow();
      return me.name() + "|" + me.pid() + "|" + me.daemon() + "|" + parent.name() + "|"
          + parent.pid();
    }

    /** Starts a grandchild and returns its name and result. */
    static String startChild() {
      ChildProcess<String> child = TestProcesses.echo("grandchild");
      child.start();
      return child.name() + "=" + child.result();
    }
  }
}
