package io.github.multiproc.testing;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.spi.WorkerCall;

/** A hand-written factory in the exact shape the processor generates. */
public final class TestProcesses {
  private TestProcesses() {}

  public static ChildProcess<String> echo(String text) {
    return WorkerCall.to(TestLauncher.class, "echo(java.lang.String)", TestCodecs.STRING)
        .arguments(out -> TestCodecs.STRING.encode(out, text))
        .newProcess();
  }

  public static ChildProcess<Integer> add(int a, int b) {
    return WorkerCall.to(TestLauncher.class, "add(int,int)", TestCodecs.INTEGER)
        .arguments(out -> {
          out.writeInt(a);
          out.writeInt(b);
        })
        .newProcess();
  }

  public static ChildProcess<Void> exit(int code) {
    return WorkerCall.to(TestLauncher.class, "exit(int)", TestCodecs.VOID)
        .arguments(out -> out.writeInt(code))
        .newProcess();
  }

  public static ChildProcess<Void> halt(int code) {
    return WorkerCall.to(TestLauncher.class, "halt(int)", TestCodecs.VOID)
        .arguments(out -> out.writeInt(code))
        .newProcess();
  }

  public static ChildProcess<Void> fail(String message) {
    return WorkerCall.to(TestLauncher.class, "fail(java.lang.String)", TestCodecs.VOID)
        .arguments(out -> TestCodecs.STRING.encode(out, message))
        .newProcess();
  }

  public static ChildProcess<Void> oom() {
    return WorkerCall.to(TestLauncher.class, "oom()", TestCodecs.VOID)
        .jvmArgs("-Xmx16m")
        .newProcess();
  }

  public static ChildProcess<Void> sleep(long millis) {
    return WorkerCall.to(TestLauncher.class, "sleep(long)", TestCodecs.VOID)
        .arguments(out -> out.writeLong(millis))
        .newProcess();
  }

  public static ChildProcess<String> whoAmI() {
    return WorkerCall.to(TestLauncher.class, "whoAmI()", TestCodecs.STRING)
        .name("me")
        .newProcess();
  }

  public static ChildProcess<String> startChild(boolean daemon) {
    return WorkerCall.to(TestLauncher.class, "startChild()", TestCodecs.STRING)
        .daemon(daemon)
        .newProcess();
  }
}
