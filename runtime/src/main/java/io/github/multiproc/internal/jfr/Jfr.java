package io.github.multiproc.internal.jfr;

/**
 * Whether the runtime can emit its JDK Flight Recorder events (no Python counterpart). Every
 * caller checks {@link #AVAILABLE} before it touches an event class of this package: a runtime
 * image built without the {@code jdk.jfr} module, or a module-path application that does not
 * resolve it, has no {@code jdk.jfr.Event} to load, and multiproc must run there all the same.
 */
public final class Jfr {
  /** The event names' and the category's prefix. */
  static final String CATEGORY = "io.github.multiproc";

  /** Whether {@code jdk.jfr} is in this JVM, so the events of this package can be loaded. */
  public static final boolean AVAILABLE = ModuleLayer.boot().findModule("jdk.jfr").isPresent();

  private Jfr() {}
}
