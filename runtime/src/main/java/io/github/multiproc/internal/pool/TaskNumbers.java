package io.github.multiproc.internal.pool;

import io.github.multiproc.PoolTask;
import io.github.multiproc.wire.WireOutput;
import java.util.HashMap;
import java.util.Map;

/**
 * The numbers by which the chunks on one worker connection name their tasks (see
 * {@link PoolProtocol#TASK}). A chunk of one {@code applyAsync} is a few bytes; with the task's id
 * in each, the pool encoded and the worker decoded and hashed that string per chunk, and in a fresh
 * worker JVM compiling that string code was a good part of the JIT's work during its first thousand
 * chunks. Used by the connection's sender thread alone.
 */
final class TaskNumbers {
  private final Map<String, Integer> numbers = new HashMap<>();

  /**
   * The number of {@code task} on this connection; the first time, appends to {@code out} the TASK
   * frame that gives it, to be written before the chunk that uses it.
   */
  int number(PoolTask<?, ?> task, WireOutput out) {
    Integer number = numbers.get(task.id());
    if (number == null) {
      number = numbers.size();
      numbers.put(task.id(), number);
      PoolProtocol.writeTaskFrame(out, number, task);
    }
    return number;
  }
}
