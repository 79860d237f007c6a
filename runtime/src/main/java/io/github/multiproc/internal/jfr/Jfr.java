package io.github.multiproc.internal.jfr;

/**
 * Whether the runtime emits its JDK Flight Recorder events now (no Python counterpart). Every
 * caller checks {@link #recording()} before it touches an event class of this package, for two
 * reasons: a runtime image built without the {@code jdk.jfr} module, or a module-path application
 * that does not resolve it, has no {@code jdk.jfr.Event} to load, and multiproc must run there
 * all the same; and the first use of an event class costs a JVM a noticeable pause (JFR's event
 * machinery loads), which a JVM that records nothing should never pay.
 */
public final class Jfr {
  /** The event names' and the category's prefix. */
  static final String CATEGORY = "io.github.multiproc";

  /** Whether {@code jdk.jfr} is in this JVM, so the events of this package can be loaded. */
  private static final boolean AVAILABLE = ModuleLayer.boot().findModule("jdk.jfr").isPresent();

  private Jfr() {}

  /**
   * Whether the flight recorder of this JVM has been started (by {@code -XX:StartFlightRecording},
   * {@code jcmd JFR.start} or the {@code jdk.jfr} API), so the events may be recorded; each event
   * still checks its own settings. Cheap: a flag, read on every call.
   */
  public static boolean recording() {
    return AVAILABLE && jdk.jfr.FlightRecorder.isInitialized();
  }
}
