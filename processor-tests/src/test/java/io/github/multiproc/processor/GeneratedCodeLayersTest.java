package io.github.multiproc.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The code the processor generates for each golden case uses only what the runtime exports to
 * it: the public API, {@code spi} and {@code wire} (and the annotations), never
 * {@code internal.*}, which the runtime's module descriptor does not export. Checked on the
 * classes javac compiles from the generated sources, so every name the processor writes
 * ({@code RuntimeNames}) that a case exercises is covered.
 */
class GeneratedCodeLayersTest {
  private static final String API = "io.github.multiproc";

  @ParameterizedTest
  @MethodSource("io.github.multiproc.processor.GoldenTest#cases")
  void generatedCodeUsesOnlyTheApiSpiAndWire(String name, @TempDir Path classes)
      throws IOException {
    Compilation compilation =
        javac()
            .withProcessors(new MultiprocProcessor())
            .compile(
                GoldenTest.sources(Path.of("src", "test", "resources", "golden", name, "input")));
    assertThat(compilation).succeeded();
    Set<String> generatedTypes = new HashSet<>();
    for (JavaFileObject source : compilation.generatedSourceFiles()) {
      generatedTypes.add(
          source
              .toUri()
              .getPath()
              .replaceFirst("^.*/SOURCE_OUTPUT/", "")
              .replace(".java", "")
              .replace('/', '.'));
    }
    writeGeneratedClasses(compilation, generatedTypes, classes);
    JavaClasses generated = new ClassFileImporter().importPath(classes);
    assertFalse(generated.isEmpty(), "case " + name + " generated no classes");

    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage(API + "..")
                .and(
                    resideOutsideOfPackages(API, API + ".spi", API + ".wire", API + ".annotation")))
        .because(
            "generated code lives in the user's packages and modules, which see only the"
                + " exported packages of the runtime")
        .check(generated);
  }

  /** Writes the class files of the generated types (nested ones too) under {@code root}. */
  private static void writeGeneratedClasses(
      Compilation compilation, Set<String> generatedTypes, Path root) throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String relative = file.toUri().getPath().replaceFirst("^.*/CLASS_OUTPUT/", "");
      String className = relative.replace(".class", "").replace('/', '.');
      String topLevel =
          className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
      if (!generatedTypes.contains(topLevel)) {
        continue; // a class of the case's own input
      }
      Path target = root.resolve(relative);
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.write(target, in.readAllBytes());
      }
    }
  }
}
