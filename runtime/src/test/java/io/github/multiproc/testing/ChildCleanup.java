package io.github.multiproc.testing;

import io.github.multiproc.internal.process.AttachSocket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Kills every process the test JVM left behind, so no test leaks into the next. */
public final class ChildCleanup {
  private ChildCleanup() {}

  public static void killDescendants() {
    List<ProcessHandle> left = ProcessHandle.current().descendants().collect(Collectors.toList());
    for (ProcessHandle handle : left) {
      handle.destroyForcibly();
    }
    for (ProcessHandle handle : left) {
      try {
        handle.onExit().get(5, TimeUnit.SECONDS);
        AttachSocket.remove(handle.pid()); // killed, so its JVM could not delete it
      } catch (Exception e) {
        // reported by the next assertion that counts children
      }
    }
  }
}
