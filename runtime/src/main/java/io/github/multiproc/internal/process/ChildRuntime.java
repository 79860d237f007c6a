package io.github.multiproc.internal.process;

import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.spi.WorkerDispatcher;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;

/**
 * Everything a child JVM does around the user's code (Python's {@code Process._bootstrap}): read
 * the bootstrap from stdin, arm the death pipe, open the control link to the parent, run the entry,
 * report, wait for non-daemon threads (Python's {@code threading._shutdown}), exit with 0 (by
 * returning, so that the launcher's {@code main} returns), or 1 after an exception.
 *
 * <p>This code runs at every child start, so it avoids lambdas and other first-use costs.
 */
public final class ChildRuntime {
  /** Freed when the worker fails, so an OutOfMemoryError can still be reported and printed. */
  private static byte[] reserve;

  // --- STANDBY start method (perf-standby): a standby JVM may have said HELLO before it became
  // this child; StandbyMain leaves that connection here.
  static volatile BlockingLink connectedAhead;

  // --- end STANDBY

  private ChildRuntime() {}

  /**
   * Runs the child; returns only when the child is done and ends with exit code 0, for the caller
   * (a launcher's {@code main}) to return at once; otherwise exits the JVM.
   */
  public static void run(WorkerDispatcher dispatcher) {
    FileInputStream stdin = new FileInputStream(FileDescriptor.in);
    Bootstrap bootstrap;
    try {
      // DataInputStream does not buffer: it reads exactly the frame, the rest is the death pipe.
      bootstrap = Bootstrap.read(new DataInputStream(stdin));
    } catch (EOFException e) {
      // Its parent exited, or closed the pipe, before writing; or nobody was going to write.
      System.err.println(
          "multiproc: "
              + dispatcher.getClass().getName()
              + " exits: "
              + e.getMessage()
              + ", so the process that started it has exited or closed its stdin"
              + " (a launcher runs only through its generated factory and ChildProcess.start())");
      System.exit(ExitCodes.NO_BOOTSTRAP);
      return;
    } catch (IOException e) {
      System.err.println(
          "multiproc: "
              + dispatcher.getClass().getName()
              + " cannot read the"
              + " bootstrap its parent sent: "
              + e.getMessage());
      System.exit(ExitCodes.BAD_BOOTSTRAP);
      return;
    }
    if (bootstrap.argumentsUseSockets()) {
      SocketSetUp.startInBackground(); // on the other core, while this thread says HELLO
    }
    System.setIn(new ByteArrayInputStream(new byte[0]));
    DeathPipe.watch(stdin);
    ProcessContext.becomeChild(bootstrap);
    ParentLink control;
    try {
      control =
          connectedAhead != null
              ? ParentLink.over(connectedAhead) // STANDBY: HELLO said
              : ParentLink.open(bootstrap);
    } catch (IOException | RuntimeException e) {
      System.err.println(
          "multiproc: "
              + bootstrap.name()
              + " could not reach its parent (pid "
              + bootstrap.parentPid()
              + ") at "
              + (bootstrap.controlFifo().isEmpty() ? bootstrap.hubPath() : bootstrap.controlFifo())
              + ": "
              + e);
      Runtime.getRuntime().halt(ExitCodes.PARENT_UNREACHABLE);
      return;
    }
    reserve = new byte[256 * 1024];
    WireOutput result = new WireOutput();
    result.writeByte(ChildControl.RESULT);
    Throwable failure = null;
    try {
      dispatcher.dispatch(bootstrap.entryKey(), new WireInput(bootstrap.arguments()), result);
      if (result.size() > bootstrap.maxFrameBytes()) {
        failure =
            new IllegalStateException(
                "the result is "
                    + (result.size() - 1)
                    + " bytes, more than the parent accepts (multiproc.maxFrameBytes = "
                    + bootstrap.maxFrameBytes()
                    + ")");
      }
    } catch (Throwable t) {
      failure = t;
    }
    if (failure == null) {
      report(control, result.array(), result.size());
      ChildEndActions.runAll();
      awaitNonDaemonThreads();
      // Exit code 0 by returning from main, not System.exit(0): since JDK 21 System.exit first
      // looks up a System.Logger to log the call, which in a fresh JVM initializes the logging
      // framework, and every short child would pay that on its way out. The JVM then ends as
      // after any main: the shutdown hooks run and nothing else is left to wait for.
      return;
    } else {
      reserve = null;
      result = null;
      printFailure(bootstrap.name(), failure);
      report(control, encodeFailure(failure), -1);
      ChildEndActions.runAll();
      awaitNonDaemonThreads();
      System.exit(1);
    }
  }

  private static byte[] encodeFailure(Throwable failure) {
    try {
      WireOutput out = new WireOutput(1024);
      out.writeByte(ChildControl.FAILURE);
      RemoteThrowables.encode(out, failure);
      return out.toByteArray();
    } catch (Throwable encodingFailed) {
      try {
        WireOutput out = new WireOutput(256);
        out.writeByte(ChildControl.FAILURE);
        out.writeSize(1);
        out.writeString(failure.getClass().getName());
        out.writeBoolean(false);
        out.writeSize(0);
        return out.toByteArray();
      } catch (Throwable stillFailing) {
        return null; // the parent sees exit code 1 and no report
      }
    }
  }

  /** Sends the report; returns once the parent has it, or is gone. */
  private static void report(ParentLink control, byte[] frame, int length) {
    if (frame == null) {
      return;
    }
    try {
      control.report(frame, length < 0 ? frame.length : length);
    } catch (Throwable e) {
      // the parent is gone or refused the report; the exit code still tells the story
    }
  }

  /** Python prints "Process <name>:" and the traceback when run() raises. */
  private static void printFailure(String name, Throwable failure) {
    try {
      System.err.println("Process " + name + ":");
      failure.printStackTrace();
      System.err.flush();
    } catch (Throwable printingFailed) {
      // nothing left to try; the exit code is still 1
    }
  }

  /**
   * Like Python's {@code threading._shutdown()}: non-daemon threads finish before the exit.
   *
   * <p>Enumerates the root thread group rather than calling {@code Thread.getAllStackTraces()},
   * which stops the JVM at a safepoint and walks every stack at each child's exit.
   */
  private static void awaitNonDaemonThreads() {
    Thread me = Thread.currentThread();
    ThreadGroup root = me.getThreadGroup();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    while (true) {
      Thread pending = firstPendingThread(root, me);
      if (pending == null) {
        return;
      }
      try {
        pending.join();
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static Thread firstPendingThread(ThreadGroup root, Thread me) {
    Thread[] threads = new Thread[root.activeCount() + 8];
    int count = root.enumerate(threads, true);
    if (count == threads.length) {
      threads = new Thread[count * 2 + 16]; // more threads appeared meanwhile: take them all
      count = root.enumerate(threads, true);
    }
    for (int i = 0; i < count; i++) {
      Thread thread = threads[i];
      if (thread != me
          && !thread.isDaemon()
          && thread.isAlive()
          && !"DestroyJavaVM".equals(thread.getName())) {
        return thread;
      }
    }
    return null;
  }
}
