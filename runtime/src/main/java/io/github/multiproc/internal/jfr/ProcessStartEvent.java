package io.github.multiproc.internal.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * A child JVM said HELLO (or failed to): recorded by the parent's watcher of the child. Check
 * {@link Jfr#recording()} before calling {@link #emit}.
 */
@Name(Jfr.CATEGORY + ".ProcessStart")
@Label("Process Start")
@Category(Jfr.CATEGORY)
@Description(
    "A child process started: from its launch (or hand-over to a standby JVM) until it"
        + " connected back, or until it failed to")
@StackTrace(false)
public final class ProcessStartEvent extends jdk.jfr.Event {
  @Label("Name")
  String processName;

  @Label("PID")
  long pid;

  @Label("Start Method")
  @Description("SPAWN or STANDBY: how the child's JVM was obtained")
  String startMethod;

  @Label("Start Duration")
  @Timespan(Timespan.NANOSECONDS)
  long startDuration;

  @Label("Started")
  @Description("False if the child exited or stayed silent before it connected back")
  boolean started;

  /** Records one start that began at {@code launchNanos} ({@link System#nanoTime()}). */
  public static void emit(
      String name, long pid, String startMethod, long launchNanos, boolean started) {
    ProcessStartEvent event = new ProcessStartEvent();
    if (!event.shouldCommit()) {
      return;
    }
    event.processName = name;
    event.pid = pid;
    event.startMethod = startMethod;
    event.startDuration = System.nanoTime() - launchNanos;
    event.started = started;
    event.commit();
  }
}
