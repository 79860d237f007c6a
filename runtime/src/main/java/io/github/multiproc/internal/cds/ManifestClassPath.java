package io.github.multiproc.internal.cds;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The jars a jar's manifest adds to the class path ({@code Class-Path:}, as {@code java -jar
 * app.jar} with {@code lib/*.jar} uses): the JVM archives and checks those too, so a rebuilt
 * library must make the archive stale just like a rebuilt entry of {@code -cp}.
 */
final class ManifestClassPath {
  /** By jar path, size and mtime: a child start reads each manifest once per jar version. */
  private static final Map<String, List<Path>> KNOWN = new ConcurrentHashMap<>();

  private ManifestClassPath() {}

  /** The entries {@code jar}'s manifest names, resolved against the jar's directory. */
  static List<Path> of(Path jar, long size, long modified) {
    String version = jar + "|" + size + "|" + modified;
    List<Path> known = KNOWN.get(version);
    if (known != null) {
      return known;
    }
    List<Path> entries = read(jar);
    if (KNOWN.size() > 1024) {
      KNOWN.clear(); // bounded memo
    }
    KNOWN.put(version, entries);
    return entries;
  }

  private static List<Path> read(Path jar) {
    List<Path> entries = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile(), false)) {
      Manifest manifest = file.getManifest();
      String classPath =
          manifest == null
              ? null
              : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
      if (classPath == null) {
        return List.of();
      }
      URI base = jar.toAbsolutePath().getParent().toUri();
      for (String entry : classPath.trim().split("\\s+")) {
        if (!entry.isEmpty()) {
          try {
            entries.add(Path.of(base.resolve(entry)));
          } catch (RuntimeException unusable) {
            // the JVM skips an entry it cannot use; so do we
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return List.of(); // not a readable jar: the JVM will reject the archive if that matters
    }
    return List.copyOf(entries);
  }
}
