package io.github.multiproc.spi;

import io.github.multiproc.BoundedProcessSemaphore;
import io.github.multiproc.ProcessBarrier;
import io.github.multiproc.ProcessCondition;
import io.github.multiproc.ProcessEvent;
import io.github.multiproc.ProcessLock;
import io.github.multiproc.ProcessSemaphore;
import io.github.multiproc.ReentrantProcessLock;
import java.util.concurrent.locks.Lock;

/**
 * Codecs for cross-process synchronization objects passed to workers.
 * SKELETON: the shared-memory helper implements them (null until then).
 */
public final class SyncHandles {
  private SyncHandles() {}

  public static final Codec<ProcessLock> LOCK = null;
  public static final Codec<ReentrantProcessLock> REENTRANT_LOCK = null;
  /** For parameters declared {@code java.util.concurrent.locks.Lock}: either process lock. */
  public static final Codec<Lock> ANY_LOCK = null;
  public static final Codec<ProcessCondition> CONDITION = null;
  public static final Codec<ProcessSemaphore> SEMAPHORE = null;
  public static final Codec<BoundedProcessSemaphore> BOUNDED_SEMAPHORE = null;
  public static final Codec<ProcessEvent> EVENT = null;
  public static final Codec<ProcessBarrier> BARRIER = null;
}
