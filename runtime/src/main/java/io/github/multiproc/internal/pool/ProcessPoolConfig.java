package io.github.multiproc.internal.pool;

import io.github.multiproc.PoolTask;
import java.time.Duration;
import java.util.List;

/**
 * A process pool's settings, from {@code Pool.Builder}.
 *
 * @param processes the number of worker JVMs
 * @param initializer runs once in each worker before its first task, or {@code null}
 * @param initializerArgument the initializer's argument
 * @param maxTasksPerChild a worker is replaced after this many chunks; 0 for never
 * @param jvmArgs extra JVM arguments for every worker
 * @param taskTimeout the longest a task may run before its worker is killed, or {@code null}
 */
public record ProcessPoolConfig(
    int processes,
    PoolTask<?, ?> initializer,
    Object initializerArgument,
    int maxTasksPerChild,
    List<String> jvmArgs,
    Duration taskTimeout) {}
