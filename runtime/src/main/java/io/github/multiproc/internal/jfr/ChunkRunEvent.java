package io.github.multiproc.internal.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Enabled;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * A pool worker JVM ran one chunk of tasks, as the pool's process sees it: from when the chunk
 * became the worker's current one until its results arrived. Off by default (a map of small
 * tasks runs many chunks a second); enable {@code io.github.multiproc.ChunkRun} in the
 * recording's settings. Check {@link Jfr#recording()} before calling {@link #enabled} or
 * {@link #emit}.
 */
@Name(Jfr.CATEGORY + ".ChunkRun")
@Label("Pool Chunk Run")
@Category(Jfr.CATEGORY)
@Description("A pool worker process ran one chunk of tasks")
@Enabled(false)
@StackTrace(false)
public final class ChunkRunEvent extends jdk.jfr.Event {
  /** Only asked whether the event is on: that is a property of the class, not of an instance. */
  private static final ChunkRunEvent PROBE = new ChunkRunEvent();

  @Label("Task")
  @Description("The id of the @Pooled task")
  String taskId;

  @Label("Size")
  @Description("How many items the chunk held")
  int size;

  @Label("Worker")
  String worker;

  @Label("Worker PID")
  long workerPid;

  @Label("Run Duration")
  @Timespan(Timespan.NANOSECONDS)
  long runDuration;

  /** Whether a recording wants these events: the cheap check before any other work. */
  public static boolean enabled() {
    return PROBE.isEnabled();
  }

  /** Records one chunk whose run began at {@code startNanos} and ended at {@code endNanos}. */
  public static void emit(
      String taskId, int size, String worker, long workerPid, long startNanos, long endNanos) {
    ChunkRunEvent event = new ChunkRunEvent();
    if (!event.shouldCommit()) {
      return;
    }
    event.taskId = taskId;
    event.size = size;
    event.worker = worker;
    event.workerPid = workerPid;
    event.runDuration = endNanos - startNanos;
    event.commit();
  }
}
