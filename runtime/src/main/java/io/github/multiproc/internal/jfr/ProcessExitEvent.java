package io.github.multiproc.internal.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * A child JVM ended: recorded by the parent's watcher of the child once it has reaped it. Check
 * {@link Jfr#recording()} before calling {@link #emit}.
 */
@Name(Jfr.CATEGORY + ".ProcessExit")
@Label("Process Exit")
@Category(Jfr.CATEGORY)
@Description("A child process ended")
@StackTrace(false)
public final class ProcessExitEvent extends jdk.jfr.Event {
  @Label("Name")
  String processName;

  @Label("PID")
  long pid;

  @Label("Exit Code")
  @Description("Python's exitcode: the code it exited with, or minus the signal that ended it")
  int exitCode;

  @Label("Lifetime")
  @Timespan(Timespan.NANOSECONDS)
  long lifetime;

  /** Records one exit of a child launched at {@code launchNanos} ({@link System#nanoTime()}). */
  public static void emit(String name, long pid, int exitCode, long launchNanos) {
    ProcessExitEvent event = new ProcessExitEvent();
    if (!event.shouldCommit()) {
      return;
    }
    event.processName = name;
    event.pid = pid;
    event.exitCode = exitCode;
    event.lifetime = System.nanoTime() - launchNanos;
    event.commit();
  }
}
