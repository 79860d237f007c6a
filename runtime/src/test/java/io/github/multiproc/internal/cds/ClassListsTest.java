package io.github.multiproc.internal.cds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class list a static archive is dumped from: the training's, joined with the JDK's. */
class ClassListsTest {
  private static final Path JDK_LIST = Path.of(System.getProperty("java.home"), "lib", "classlist");

  @Test
  void theJdkDefaultsComeFirstAndEachClassIsListedOnce(@TempDir Path dir) throws IOException {
    Path trained = dir.resolve("trained.classlist");
    Files.write(
        trained,
        List.of(
            "# NOTE: Do not modify this file.",
            "java/lang/Object id: 0",
            "io/github/multiproc/internal/process/ChildRuntime id: 1",
            "@lambda-proxy io/github/multiproc/Example run ()Ljava/lang/Runnable;",
            "",
            "io/github/multiproc/internal/process/ChildRuntime id: 1"));

    ClassLists.addJdkDefaults(trained);

    List<String> merged = Files.readAllLines(trained);
    Set<String> names = new HashSet<>();
    for (String line : merged) {
      assertTrue(!line.isBlank() && !line.startsWith("#"), () -> "kept: '" + line + "'");
      String name = line.startsWith("@") ? line : line.split("\\s", 2)[0];
      assertTrue(names.add(name), () -> "listed twice: " + name);
    }
    assertTrue(merged.contains("io/github/multiproc/internal/process/ChildRuntime id: 1"));
    assertTrue(
        merged.contains("@lambda-proxy io/github/multiproc/Example run ()Ljava/lang/Runnable;"));
    assertTrue(merged.contains("java/lang/Object id: 0"), "the trained line wins: " + merged);
    if (Files.isRegularFile(JDK_LIST)) {
      String first = null;
      for (String line : Files.readAllLines(JDK_LIST)) {
        if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("@")) {
          first = first == null ? line.split("\\s", 2)[0] : first;
          assertTrue(names.contains(line.split("\\s", 2)[0]), () -> "JDK class dropped: " + line);
        }
      }
      assertTrue(
          merged.get(0).startsWith(first + " ") || merged.get(0).equals(first),
          "in the JDK list's order: " + merged.get(0));
    } else {
      assertEquals(3, merged.size(), merged::toString);
    }
  }
}
