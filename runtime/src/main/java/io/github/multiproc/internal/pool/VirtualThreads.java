package io.github.multiproc.internal.pool;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Virtual threads (JDK 21+) for code compiled with {@code --release 17}: {@code Thread.ofVirtual()}
 * found through method handles on the JDK's own API, never on anything a user names.
 */
final class VirtualThreads {
  private VirtualThreads() {}

  /** Whether this JDK has virtual threads. */
  static boolean available() {
    return Runtime.version().feature() >= 21;
  }

  /**
   * An unstarted virtual thread named {@code name} running {@code task}.
   *
   * @throws UnsupportedOperationException on a JDK without virtual threads
   */
  static Thread unstarted(String name, Runnable task) {
    if (!available()) {
      throw new UnsupportedOperationException(
          "virtual threads need JDK 21 or later, but this is"
              + " JDK "
              + Runtime.version().feature()
              + "; use platform threads"
              + " (ThreadPool.builder().virtualThreads(false)) or run on a newer JDK");
    }
    try {
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      Class<?> builderType = Class.forName("java.lang.Thread$Builder");
      Class<?> virtualType = Class.forName("java.lang.Thread$Builder$OfVirtual");
      MethodHandle ofVirtual =
          lookup.findStatic(Thread.class, "ofVirtual", MethodType.methodType(virtualType));
      MethodHandle named =
          lookup.findVirtual(builderType, "name", MethodType.methodType(builderType, String.class));
      MethodHandle unstarted =
          lookup.findVirtual(
              builderType, "unstarted", MethodType.methodType(Thread.class, Runnable.class));
      Object builder = ofVirtual.invoke();
      builder = named.invoke(builder, name);
      return (Thread) unstarted.invoke(builder, task);
    } catch (Throwable e) {
      throw new UnsupportedOperationException(
          "could not create a virtual thread on JDK " + Runtime.version() + ": " + e, e);
    }
  }
}
