package io.github.multiproc.internal.cds;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an archive depends on, reduced to a file name {@code mp-<family>-<version>}: the family is
 * the JDK ({@code java.home}, {@code java.vm.version}), the class path and module path and the
 * child's JVM flags; the version is each jar's size and modification time, including the jars that
 * manifests add with {@code Class-Path}. A rebuilt jar or another
 * JDK gives another name, so a stale archive is never used; it is rebuilt under the new name and
 * replaces the older versions of its family.
 *
 * @param family hash of the JDK, paths and flags
 * @param stem the archive's file name without extension
 */
record ArchiveKey(String family, String stem) {
  /** Bump when the training or the key changes meaning. */
  private static final String FORMAT = "multiproc-cds-2";

  /** Keys already hashed, by their text: a child start then only stats the jars. */
  private static final Map<String, ArchiveKey> KNOWN = new ConcurrentHashMap<>();

  /**
   * The key of a child run with {@code jvmArgs} on {@code classPath} and {@code modulePath}, or
   * {@code null} if an entry is not a regular file: the JVM archives classes from jars only and
   * refuses to dump with a non-empty directory on the path.
   */
  static ArchiveKey of(String classPath, String modulePath, List<String> jvmArgs) {
    StringBuilder text = new StringBuilder(512);
    StringBuilder versions = new StringBuilder(256);
    text.append(FORMAT)
        .append('\n')
        .append(System.getProperty("java.home"))
        .append('\n')
        .append(System.getProperty("java.vm.version"))
        .append('\n')
        .append(System.getProperty("java.vm.name"))
        .append('\n');
    text.append("cp ").append(classPath).append("\nmp ").append(modulePath).append('\n');
    for (String arg : jvmArgs) {
      text.append("arg ").append(arg).append('\n');
    }
    if (!appendVersions(versions, classPath) || !appendVersions(versions, modulePath)) {
      return null;
    }
    String whole = text.append(versions).toString();
    ArchiveKey known = KNOWN.get(whole);
    if (known != null) {
      return known;
    }
    String family = hash(text.substring(0, text.length() - versions.length()), 12);
    ArchiveKey key = new ArchiveKey(family, "mp-" + family + "-" + hash(versions.toString(), 8));
    if (KNOWN.size() > 64) {
      KNOWN.clear(); // many flag combinations: a bounded memo, not a leak
    }
    KNOWN.put(whole, key);
    return key;
  }

  /**
   * Appends each path entry's size and mtime, and those of the jars its manifest adds; false if an
   * entry is not a regular file.
   */
  private static boolean appendVersions(StringBuilder text, String path) {
    if (path == null || path.isEmpty()) {
      return true;
    }
    for (String entry : path.split(File.pathSeparator)) {
      if (!entry.isEmpty() && !appendVersion(text, Path.of(entry), new HashSet<>())) {
        return false;
      }
    }
    return true;
  }

  private static boolean appendVersion(StringBuilder text, Path jar, Set<Path> seen) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(jar, BasicFileAttributes.class);
    } catch (IOException | RuntimeException e) {
      return false; // a missing entry: the JVM would reject the archive anyway
    }
    if (!attributes.isRegularFile()) {
      return false;
    }
    long size = attributes.size();
    long modified = attributes.lastModifiedTime().toMillis();
    text.append(size).append(' ').append(modified).append('\n');
    if (seen.add(jar.toAbsolutePath().normalize())) {
      for (Path referenced : ManifestClassPath.of(jar, size, modified)) {
        if (Files.exists(referenced) && !appendVersion(text, referenced, seen)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The first {@code bytes} bytes of the SHA-256 of {@code text}, in hex. */
  private static String hash(String text, int bytes) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
