package io.github.multiproc.internal.cds;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Which class-data archive the running JDK makes, and the flags that train, assemble and use it.
 *
 * <ul>
 *   <li>JDK 17–24: a static AppCDS archive. The training JVM lists the classes it loads
 *       ({@code -XX:DumpLoadedClassList}); that list, joined with the JDK's own default class list,
 *       is dumped by a second JVM ({@code -Xshare:dump}); children map it with
 *       {@code -XX:SharedArchiveFile}. One static archive in place of the JDK's default archive
 *       plus a dynamic one on top: a child starts sooner and maps less, and no JDK class of the
 *       default archive is left out.
 *   <li>JDK 25+: the AOT cache (JEP 483/514), {@code -XX:AOTCacheOutput} for one-step training (the
 *       JVM assembles the cache itself), {@code -XX:AOTCache} to use it; it also keeps linked
 *       lambdas and method profiles.
 * </ul>
 *
 * <p>The flags also turn the archive's log tags off: an archive that the JVM rejects (made with
 * other flags, truncated, from another class path) must not print warnings into a child's stderr,
 * where programs and tests read the user's own output. The JVM then just runs without it.
 */
enum ArchiveFlavor {
  STATIC_CDS("jsa", false) {
    @Override
    List<String> trainingFlags(Path output) {
      return List.of("-XX:DumpLoadedClassList=" + classList(output), "-Xlog:cds*=off");
    }

    @Override
    List<String> assemblyFlags(Path output) throws IOException {
      ClassLists.addJdkDefaults(classList(output));
      return List.of(
          "-Xshare:dump",
          "-XX:SharedClassListFile=" + classList(output),
          "-XX:SharedArchiveFile=" + output,
          "-Xlog:cds*=off");
    }

    @Override
    List<String> useFlags(Path archive) {
      return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds*=off");
    }

    @Override
    List<String> mappingFlags() {
      return List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");
    }

    @Override
    Path temporary(Path output) {
      return classList(output);
    }

    private Path classList(Path output) {
      return Path.of(output + ".classlist");
    }
  },
  AOT_CACHE("aot", true) {
    @Override
    List<String> trainingFlags(Path output) {
      return List.of("-XX:AOTCacheOutput=" + output, "-Xlog:aot*=off", "-Xlog:cds*=off");
    }

    @Override
    List<String> assemblyFlags(Path output) {
      return List.of(); // the training JVM starts the assembly JVM itself
    }

    @Override
    List<String> useFlags(Path archive) {
      return List.of("-XX:AOTCache=" + archive, "-Xlog:aot*=off", "-Xlog:cds*=off");
    }

    @Override
    Path temporary(Path output) {
      return Path.of(output + ".config"); // the JDK's own, left behind when it is killed
    }

    @Override
    List<String> mappingFlags() {
      return List.of(); // JDK 25 children started no sooner with the fixed address (this machine)
    }
  };

  /** The file name extension of this flavor's archives. */
  final String extension;

  /**
   * Whether the JVM itself refuses a truncated archive of this flavor (JDK 25 says "The AOT cache
   * has been truncated" and runs without it; JDK 17 crashes mapping a truncated CDS archive).
   */
  final boolean jvmChecksLength;

  ArchiveFlavor(String extension, boolean jvmChecksLength) {
    this.extension = extension;
    this.jvmChecksLength = jvmChecksLength;
  }

  /** The flags of the training JVM, a child that leaves what the archive needs at its exit. */
  abstract List<String> trainingFlags(Path output);

  /**
   * The flags of a plain JVM that turns the training's output into the archive {@code output},
   * after preparing its input; none when the training JVM writes the archive itself.
   */
  abstract List<String> assemblyFlags(Path output) throws IOException;

  /** The flags of a child that maps {@code archive}, or runs without it if it is unusable. */
  abstract List<String> useFlags(Path archive);

  /**
   * The flags of every child that may map an archive, ours or the JDK's default: where the archive
   * is mapped. Recent JDK 17 updates map archives at a random address by default
   * ({@code ArchiveRelocationMode=1}: "always map archive(s) at an alternative address"), which
   * patches every pointer in the archive at each start, serially before JDK 24: a large part of a
   * child's start, and the patched pages become private copies.
   * Mode 0 maps at the address the archive was dumped for, relocating only if that is taken. The
   * cost: class metadata sits at the same address in every child (less ASLR for it); a child's
   * {@code jvmArgs} of {@code -XX:ArchiveRelocationMode=1} bring the random address back.
   */
  abstract List<String> mappingFlags();

  /** The file besides {@code output} that training leaves, deleted once the archive is made. */
  abstract Path temporary(Path output);

  /** The flavor of a JDK of this feature version: 25 added one-step AOT cache training. */
  static ArchiveFlavor forFeature(int feature) {
    return feature >= 25 ? AOT_CACHE : STATIC_CDS;
  }
}
