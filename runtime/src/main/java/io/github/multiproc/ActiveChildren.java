package io.github.multiproc;

import io.github.multiproc.internal.process.RunningChild;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The processes this JVM started that have not ended, for Python's {@code active_children()}. A
 * process joins when its start succeeds and leaves when its child ends (told by the child's
 * watcher), so the process layer below keeps no pointer back to the {@link ChildProcess}.
 */
final class ActiveChildren {
  private static final Set<ChildProcess<?>> STARTED = ConcurrentHashMap.newKeySet();

  private ActiveChildren() {}

  /** Adds {@code process}, whose child {@code child} was just launched, until that child ends. */
  static void started(ChildProcess<?> process, RunningChild child) {
    STARTED.add(process);
    child.whenEnded(() -> STARTED.remove(process));
  }

  /** The processes whose child is still alive. */
  static List<ChildProcess<?>> alive() {
    List<ChildProcess<?>> alive = new ArrayList<>();
    for (ChildProcess<?> process : STARTED) {
      if (process.isAlive()) {
        alive.add(process);
      }
    }
    return alive;
  }
}
