package io.github.multiproc.internal.process;

import java.util.List;
import java.util.ServiceLoader;

/**
 * The class-data archive flags a child's command line starts with. The archive is made by
 * {@code internal.cds}, which runs training JVMs through this package and the pool's warm-up, so
 * it sits above both; {@link JavaCommand} reaches it through this interface, which the runtime
 * provides once ({@code META-INF/services} on the class path, {@code provides} in its module
 * descriptor). Runs in every process that starts children.
 */
public interface ArchiveFlags {
  /**
   * The flags to put before the user's {@code jvmArgs}: the archive's when it is ready, none
   * otherwise (then a training JVM may start in the background).
   *
   * @param defaultExecutable whether children run {@code ${java.home}/bin/java}; an archive is made
   *     by and for this JDK only
   */
  List<String> flagsFor(List<String> jvmArgs, boolean defaultExecutable);

  /** The runtime's archive flags; none if a trimmed runtime jar left the provider out. */
  static ArchiveFlags runtime() {
    return Loaded.INSTANCE;
  }

  /** Loads the provider once, at the first child's command line (a holder class). */
  final class Loaded {
    private Loaded() {}

    static final ArchiveFlags INSTANCE =
        ServiceLoader.load(ArchiveFlags.class, ArchiveFlags.class.getClassLoader())
            .findFirst()
            .orElse((jvmArgs, defaultExecutable) -> List.of());
  }
}
