package io.github.multiproc.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A worker whose parameter type another processor generates is deferred, not rejected. */
class DeferralTest {
  /** Writes {@code demo.Later} in the first round, as a record-generating processor would. */
  private static final class LaterProcessor extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer writer = processingEnv.getFiler().createSourceFile("demo.Later").openWriter()) {
          writer.write("package demo;\npublic record Later(String text) {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  private static final JavaFileObject USER =
      JavaFileObjects.forSourceString(
          "demo.Uses",
          "package demo;\nimport io.github.multiproc.annotation.Worker;\n"
              + "public class Uses {\n  @Worker\n  static Later echo(Later later) { return later; }\n}\n");

  @Test
  void typeGeneratedInALaterRoundIsWaitedFor() {
    Compilation compilation =
        javac().withProcessors(new MultiprocProcessor(), new LaterProcessor()).compile(USER);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("demo.Uses_Codecs")
        .contentsAsUtf8String()
        .contains("DEMO_LATER = new LaterCodec()".replace("DEMO_", ""));
  }

  @Test
  void typeNeverGeneratedIsReportedAtTheEnd() {
    Compilation compilation = javac().withProcessors(new MultiprocProcessor()).compile(USER);
    assertThat(compilation)
        .hadErrorContaining(
            "parameter later may not refer to a type that does" + " not exist (Later)")
        .inFile(USER)
        .onLineContaining("Later later");
  }

  @Test
  void pooledTaskWaitsForItsGeneratedTypeToo() {
    JavaFileObject pooled =
        JavaFileObjects.forSourceString(
            "demo.Pool",
            "package demo;\n"
                + "public class Pool {\n  @io.github.multiproc.annotation.Pooled\n"
                + "  static Later echo(Later later, int times) { return later; }\n}\n");
    Compilation compilation =
        javac().withProcessors(new MultiprocProcessor(), new LaterProcessor()).compile(pooled);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("demo.PoolTasks")
        .contentsAsUtf8String()
        .contains("record EchoArgs(Later later, int times)");
  }
}
