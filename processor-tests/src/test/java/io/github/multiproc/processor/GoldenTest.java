package io.github.multiproc.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles each case under {@code src/test/resources/golden/<case>/input} and compares every
 * generated source with {@code golden/<case>/expected} (AST-equivalent, and the same set of files),
 * and every generated {@code META-INF} resource with its copy under {@code expected} (same text).
 *
 * <p>To regenerate the expected files after an intended change of the generated code, run
 * {@code MULTIPROC_UPDATE_GOLDEN=1 mvn -B -pl processor-tests -am verify} and review the diff.
 */
class GoldenTest {
  private static final Path GOLDEN = Paths.get("src", "test", "resources", "golden");
  private static final boolean UPDATE = "1".equals(System.getenv("MULTIPROC_UPDATE_GOLDEN"));

  /**
   * Every folder under {@code golden} is a case, so a new case is a new folder and nothing else.
   * A folder without {@code input} fails its case rather than being skipped silently.
   */
  static List<String> cases() throws IOException {
    try (Stream<Path> folders = Files.list(GOLDEN)) {
      List<String> names =
          folders
              .filter(Files::isDirectory)
              .map(folder -> folder.getFileName().toString())
              .sorted()
              .toList();
      if (names.isEmpty()) {
        throw new IllegalStateException("no golden cases under " + GOLDEN.toAbsolutePath());
      }
      return names;
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void generatesExpectedSources(String name) throws IOException {
    Path input = GOLDEN.resolve(name).resolve("input");
    Path expected = GOLDEN.resolve(name).resolve("expected");
    assertTrue(Files.isDirectory(input), "golden case " + name + " has no input folder");
    Compilation compilation =
        javac()
            .withOptions("-Xlint:all,-processing", "-Werror")
            .withProcessors(new MultiprocProcessor())
            .compile(sources(input));
    assertThat(compilation).succeededWithoutWarnings();

    TreeSet<String> generated = new TreeSet<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String relative = file.toUri().getPath().replaceFirst("^.*/SOURCE_OUTPUT/", "");
      generated.add(relative);
      if (UPDATE) {
        Path target = expected.resolve(relative);
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getCharContent(true), StandardCharsets.UTF_8);
      }
    }
    TreeSet<String> resources = new TreeSet<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (path.contains("/CLASS_OUTPUT/META-INF/")) {
        String relative = path.replaceFirst("^.*/CLASS_OUTPUT/", "");
        resources.add(relative);
        if (UPDATE) {
          Path target = expected.resolve(relative);
          Files.createDirectories(target.getParent());
          Files.writeString(target, file.getCharContent(true), StandardCharsets.UTF_8);
        }
      }
    }
    assertEquals(relativeFiles(expected), generated, "generated files of case " + name);
    assertEquals(resourceFiles(expected), resources, "generated resources of case " + name);
    for (String relative : resources) {
      assertThat(compilation)
          .generatedFile(StandardLocation.CLASS_OUTPUT, "", relative)
          .contentsAsUtf8String()
          .isEqualTo(Files.readString(expected.resolve(relative), StandardCharsets.UTF_8));
    }
    for (String relative : generated) {
      String className = relative.replace(".java", "").replace('/', '.');
      assertThat(compilation)
          .generatedSourceFile(className)
          .hasSourceEquivalentTo(
              JavaFileObjects.forResource(expected.resolve(relative).toUri().toURL()));
    }
  }

  static List<JavaFileObject> sources(Path root) throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String relative : relativeFiles(root)) {
      sources.add(JavaFileObjects.forResource(root.resolve(relative).toUri().toURL()));
    }
    return sources;
  }

  private static TreeSet<String> resourceFiles(Path root) throws IOException {
    TreeSet<String> files = new TreeSet<>();
    Path metaInf = root.resolve("META-INF");
    if (!Files.isDirectory(metaInf)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(metaInf)) {
      walk.filter(Files::isRegularFile)
          .forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
    }
    return files;
  }

  private static TreeSet<String> relativeFiles(Path root) throws IOException {
    TreeSet<String> files = new TreeSet<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> p.toString().endsWith(".java"))
          .forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return files;
  }
}
