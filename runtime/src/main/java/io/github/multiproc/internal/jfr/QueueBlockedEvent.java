package io.github.multiproc.internal.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Threshold;

/**
 * A put waited for room, or a take for an item, in the process that owns the queue (a caller in
 * another process waits there through its hub thread), for longer than the threshold (default
 * 20 ms; the {@code threshold} setting changes it). Check {@link Jfr#recording()} before calling
 * {@link #blocking}.
 */
@Name(Jfr.CATEGORY + ".QueueBlocked")
@Label("Queue Blocked")
@Category(Jfr.CATEGORY)
@Description("A put on a full queue or a take from an empty one waited")
@Threshold("20 ms")
@StackTrace(false)
public final class QueueBlockedEvent extends jdk.jfr.Event {
  @Label("Queue")
  @Description("The queue's number in its owner process")
  long queueId;

  @Label("Operation")
  @Description("put or take")
  String operation;

  @Label("Capacity")
  @Description("The queue's maxsize; 0 for an unbounded queue")
  int capacity;

  @Label("Succeeded")
  @Description("False if the wait timed out (or the queue was closed) instead")
  boolean succeeded;

  /**
   * Begins timing a wait on a queue, or returns null when no recording wants these events; call
   * it only once the caller is about to wait, so calls that do not block pay nothing.
   */
  public static QueueBlockedEvent blocking(long queueId, String operation, int capacity) {
    QueueBlockedEvent event = new QueueBlockedEvent();
    if (!event.isEnabled()) {
      return null;
    }
    event.queueId = queueId;
    event.operation = operation;
    event.capacity = capacity == Integer.MAX_VALUE ? 0 : capacity;
    event.begin();
    return event;
  }

  /** Ends the wait: recorded if it took longer than the threshold. */
  public void waited(boolean succeeded) {
    this.succeeded = succeeded;
    end();
    if (shouldCommit()) {
      commit();
    }
  }
}
