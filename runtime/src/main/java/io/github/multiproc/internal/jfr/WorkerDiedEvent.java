package io.github.multiproc.internal.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * A pool worker JVM died while the pool still ran, as its pool's process saw it. Check
 * {@link Jfr#recording()} before calling {@link #emit}.
 */
@Name(Jfr.CATEGORY + ".WorkerDied")
@Label("Pool Worker Died")
@Category(Jfr.CATEGORY)
@Description(
    "A pool worker process ended unexpectedly (a crash, a kill, System.exit) or was"
        + " killed for a task timeout; the pool replaces it")
@StackTrace(false)
public final class WorkerDiedEvent extends jdk.jfr.Event {
  @Label("Worker")
  String worker;

  @Label("Worker PID")
  long workerPid;

  @Label("Exit Code")
  @Description("Python's exitcode: the code it exited with, or minus the signal that ended it")
  int exitCode;

  @Label("Task")
  @Description("The id of the @Pooled task it was running, or empty if none")
  String taskId;

  @Label("Timed Out")
  @Description("Whether the pool killed it because its task ran past the task timeout")
  boolean timedOut;

  /** Records one death; {@code taskId} null when it ran no task. */
  public static void emit(
      String worker, long workerPid, int exitCode, String taskId, boolean timedOut) {
    WorkerDiedEvent event = new WorkerDiedEvent();
    if (!event.shouldCommit()) {
      return;
    }
    event.worker = worker;
    event.workerPid = workerPid;
    event.exitCode = exitCode;
    event.taskId = taskId == null ? "" : taskId;
    event.timedOut = timedOut;
    event.commit();
  }
}
