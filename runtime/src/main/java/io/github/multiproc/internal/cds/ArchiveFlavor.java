package io.github.multiproc.internal.cds;

import java.nio.file.Path;
import java.util.List;

/**
 * Which class-data archive the running JDK makes, and the flags that create and use it.
 *
 * <ul>
 *   <li>JDK 17–24: a dynamic AppCDS archive, {@code -XX:ArchiveClassesAtExit} to create it at the
 *       exit of a training JVM, {@code -XX:SharedArchiveFile} to use it.
 *   <li>JDK 25+: the AOT cache (JEP 483/514), {@code -XX:AOTCacheOutput} for one-step training,
 *       {@code -XX:AOTCache} to use it; it also keeps linked lambdas and method profiles.
 * </ul>
 *
 * <p>The use flags also turn the archive's log tags off: an archive that the JVM rejects (made
 * with other flags, truncated, from another class path) must not print warnings into a child's
 * stderr, where programs and tests read the user's own output. The JVM then just runs without it.
 */
enum ArchiveFlavor {
  DYNAMIC_CDS("jsa", false) {
    @Override
    List<String> createFlags(Path output) {
      return List.of("-XX:ArchiveClassesAtExit=" + output, "-Xlog:cds*=off");
    }

    @Override
    List<String> useFlags(Path archive) {
      return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds*=off");
    }
  },
  AOT_CACHE("aot", true) {
    @Override
    List<String> createFlags(Path output) {
      return List.of("-XX:AOTCacheOutput=" + output, "-Xlog:aot*=off", "-Xlog:cds*=off");
    }

    @Override
    List<String> useFlags(Path archive) {
      return List.of("-XX:AOTCache=" + archive, "-Xlog:aot*=off", "-Xlog:cds*=off");
    }
  };

  /** The file name extension of this flavor's archives. */
  final String extension;
  /**
   * Whether the JVM itself refuses a truncated archive of this flavor (JDK 25 says "The AOT cache
   * has been truncated" and runs without it; JDK 17 crashes mapping a truncated dynamic archive).
   */
  final boolean jvmChecksLength;

  ArchiveFlavor(String extension, boolean jvmChecksLength) {
    this.extension = extension;
    this.jvmChecksLength = jvmChecksLength;
  }

  /** The flags of a training JVM that writes its archive to {@code output} at exit. */
  abstract List<String> createFlags(Path output);

  /** The flags of a child that maps {@code archive}, or runs without it if it is unusable. */
  abstract List<String> useFlags(Path archive);

  /** The flavor of a JDK of this feature version: 25 added one-step AOT cache training. */
  static ArchiveFlavor forFeature(int feature) {
    return feature >= 25 ? AOT_CACHE : DYNAMIC_CDS;
  }
}
