package io.github.multiproc.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A bug in a step (an unexpected exception) becomes one error on the type being processed, with
 * the exception and its first frames, instead of a javac crash; the round's other types are still
 * generated. The failing step is injected here, since the real steps have no known bug to provoke.
 */
class InternalErrorTest {
  private static final JavaFileObject BAD = portable("Bad");
  private static final JavaFileObject GOOD = portable("Good");

  private static JavaFileObject portable(String name) {
    return JavaFileObjects.forSourceString(
        "demo." + name,
        "package demo;\n"
            + "import io.github.multiproc.annotation.Portable;\n"
            + "@Portable\n"
            + "public record "
            + name
            + "(int value) {}\n");
  }

  @Test
  void exceptionWhileModellingIsOneErrorOnTheType() {
    StepProcessor processor = new StepProcessor(false);
    Compilation compilation = javac().withProcessors(processor).compile(BAD, GOOD);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "internal error in the multiproc processor while processing demo.Bad;"
                + " please report it")
        .inFile(BAD)
        .onLineContaining("public record Bad");
    assertThat(compilation).hadErrorContaining("java.lang.IllegalStateException: bug in the model");
    assertThat(compilation).hadErrorContaining("\tat " + FailingStep.class.getName() + ".model(");
    assertEquals(List.of("demo.Good"), processor.step.generated);
  }

  @Test
  void exceptionAfterTheRoundIsOneErrorOnItsFirstType() {
    Compilation compilation = javac().withProcessors(new StepProcessor(true)).compile(GOOD);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("internal error in the multiproc processor while processing demo.Good")
        .inFile(GOOD)
        .onLineContaining("public record Good");
    assertThat(compilation)
        .hadErrorContaining("java.lang.IllegalStateException: bug after the round");
  }

  /** Models every {@code @Portable} type but {@code Bad}, on which it throws. */
  private static final class FailingStep extends ProcessingStep<TypeElement> {
    private final boolean failAfterRound;

    /** The types this step generated for. */
    final List<String> generated = new ArrayList<>();

    FailingStep(ProcessingEnvironment env, boolean failAfterRound) {
      super(env, RuntimeNames.PORTABLE);
      this.failAfterRound = failAfterRound;
    }

    @Override
    Optional<TypeElement> model(TypeElement type, ValidationReport report) {
      if (type.getSimpleName().contentEquals("Bad")) {
        throw new IllegalStateException("bug in the model");
      }
      return Optional.of(type);
    }

    @Override
    void generate(TypeElement model, TypeElement type) {
      generated.add(type.getQualifiedName().toString());
    }

    @Override
    void finishRound(List<TypeElement> models) {
      if (failAfterRound) {
        throw new IllegalStateException("bug after the round");
      }
    }
  }

  /** Runs one {@link FailingStep}, as {@link MultiprocProcessor} runs its steps. */
  private static final class StepProcessor extends AbstractProcessor {
    private final boolean failAfterRound;
    private FailingStep step;

    StepProcessor(boolean failAfterRound) {
      this.failAfterRound = failAfterRound;
    }

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
      super.init(processingEnv);
      step = new FailingStep(processingEnv, failAfterRound);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of(RuntimeNames.PORTABLE);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      step.process(round);
      return false;
    }
  }
}
