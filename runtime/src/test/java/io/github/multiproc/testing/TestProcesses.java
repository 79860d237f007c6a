package io.github.multiproc.testing;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.Containers;
import io.github.multiproc.spi.WorkerCall;
import java.util.SortedSet;

/** A hand-written factory in the exact shape the processor generates. */
public final class TestProcesses {
  private TestProcesses() {}

  public static ChildProcess<String> echo(String text) {
    return WorkerCall.to(TestLauncher.class, "echo(java.lang.String)", Codecs.STRING)
        .arguments(out -> Codecs.STRING.encode(out, text))
        .newProcess();
  }

  public static ChildProcess<String> sortWords(String[] words, SortedSet<String> more) {
    return WorkerCall.to(TestLauncher.class, "sortWords(java.lang.String[],java.util.SortedSet)",
            Codecs.STRING)
        .arguments(out -> {
          Codecs.array(Codecs.STRING, String.class).encode(out, words);
          Codecs.<String, SortedSet<String>>collection(Codecs.STRING, Containers.treeSet())
              .encode(out, more);
        })
        .newProcess();
  }

  public static ChildProcess<Integer> add(int a, int b) {
    return WorkerCall.to(TestLauncher.class, "add(int,int)", Codecs.INTEGER)
        .arguments(out -> {
          out.writeInt(a);
          out.writeInt(b);
        })
        .newProcess();
  }

  public static ChildProcess<Void> exit(int code) {
    return WorkerCall.to(TestLauncher.class, "exit(int)", Codecs.VOID)
        .arguments(out -> out.writeInt(code))
        .newProcess();
  }

  public static ChildProcess<Void> halt(int code) {
    return WorkerCall.to(TestLauncher.class, "halt(int)", Codecs.VOID)
        .arguments(out -> out.writeInt(code))
        .newProcess();
  }

  public static ChildProcess<Void> fail(String message) {
    return WorkerCall.to(TestLauncher.class, "fail(java.lang.String)", Codecs.VOID)
        .arguments(out -> Codecs.STRING.encode(out, message))
        .newProcess();
  }

  public static ChildProcess<Void> oom() {
    return WorkerCall.to(TestLauncher.class, "oom()", Codecs.VOID)
        .jvmArgs("-Xmx16m")
        .newProcess();
  }

  public static ChildProcess<Void> sleep(long millis) {
    return WorkerCall.to(TestLauncher.class, "sleep(long)", Codecs.VOID)
        .arguments(out -> out.writeLong(millis))
        .newProcess();
  }

  public static ChildProcess<Void> closeStdinThenSleep() {
    return WorkerCall.to(TestLauncher.class, "closeStdinThenSleep()", Codecs.VOID).newProcess();
  }

  public static ChildProcess<Boolean> socketSetUpDone(long millis) {
    return WorkerCall.to(TestLauncher.class, "socketSetUpDone(long)", Codecs.BOOLEAN)
        .arguments(out -> out.writeLong(millis))
        .newProcess();
  }

  public static ChildProcess<String> whoAmI() {
    return WorkerCall.to(TestLauncher.class, "whoAmI()", Codecs.STRING)
        .name("me")
        .newProcess();
  }

  public static ChildProcess<String> startChild(boolean daemon) {
    return WorkerCall.to(TestLauncher.class, "startChild()", Codecs.STRING)
        .daemon(daemon)
        .newProcess();
  }
}
