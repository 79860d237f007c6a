package io.github.multiproc.internal.cds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Class lists, the input of a static CDS dump ({@code -XX:SharedClassListFile}): one class per line
 * ({@code java/lang/Object}, newer JDKs add {@code id: 0}), {@code @}-directives (lambda proxies,
 * lambda-form invokers) and {@code #} comments.
 */
final class ClassLists {
  private ClassLists() {}

  /**
   * Adds the JDK's default class list ({@code ${java.home}/lib/classlist}, what the JDK's own
   * archive holds) in front of the {@code trained} list, without repeating a line. A static archive
   * replaces the JDK's default one, so without those lines a child that uses JDK classes the
   * training did not (streams, {@code java.time}, ...) would load them from the module image,
   * slower than a plain start. A JDK image without that file (a jlinked one) keeps the trained
   * list.
   */
  static void addJdkDefaults(Path trained) throws IOException {
    Path defaults = Path.of(System.getProperty("java.home"), "lib", "classlist");
    if (!Files.isRegularFile(defaults)) {
      return;
    }
    Map<String, String> entries = new LinkedHashMap<>();
    addEntries(entries, defaults);
    addEntries(entries, trained);
    Files.write(trained, entries.values(), StandardCharsets.UTF_8);
  }

  /** Adds a list's entries by what they name: a class listed again keeps one line, the later. */
  private static void addEntries(Map<String, String> entries, Path list) throws IOException {
    for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
      String entry = line.strip();
      if (!entry.isEmpty() && !entry.startsWith("#")) {
        entries.put(entry.startsWith("@") ? entry : entry.split("\\s", 2)[0], entry);
      }
    }
  }
}
