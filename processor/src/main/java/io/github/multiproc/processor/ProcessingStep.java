package io.github.multiproc.processor;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * The round mechanics every step of the processor shares, as auto's
 * {@code BasicAnnotationProcessor} and Dagger's {@code TypeCheckingProcessingStep} hold them for
 * their steps; a step only says how to model one type ({@link #model}) and what to write for it
 * ({@link #generate}).
 *
 * <ul>
 *   <li>It collects the types that carry (or enclose) the step's annotations in this round.
 *   <li>A type whose model refers to a type javac cannot resolve yet is deferred to the next round,
 *       since another processor may generate that type; its unresolved types are reported only when
 *       processing is over, and only then.
 *   <li>A type with any problem gets its whole report and no files.
 *   <li>An unexpected exception becomes one error on the type being processed
 *       ({@link Message#INTERNAL_ERROR}) rather than a javac stack trace, as AutoFactory and
 *       MapStruct do, and the other types of the round are still processed.
 * </ul>
 *
 * <p>Types are processed in the order of their names, so the files of one round are always written
 * in the same order.
 *
 * @param <M> the model of one type, which {@link #generate} writes files for
 */
abstract class ProcessingStep<M> {
  /** How many frames of an unexpected exception the error shows: enough to find the bug. */
  private static final int REPORTED_FRAMES = 8;

  final Elements elements;
  final Messager messager;
  private final Filer filer;
  private final List<String> annotations;

  /** Canonical names of types deferred by an earlier round. */
  private final Set<String> deferred = new LinkedHashSet<>();

  ProcessingStep(ProcessingEnvironment env, String... annotations) {
    this.elements = env.getElementUtils();
    this.messager = env.getMessager();
    this.filer = env.getFiler();
    this.annotations = List.of(annotations);
  }

  /**
   * Models {@code type}, adding every problem found to {@code report}; empty when there is nothing
   * to write.
   */
  abstract Optional<M> model(TypeElement type, ValidationReport report);

  /** Writes the files of one type whose report is clean. */
  abstract void generate(M model, TypeElement type);

  /**
   * Writes what belongs to all the types generated in one round (none by default); called only when
   * the round generated at least one.
   */
  void finishRound(List<M> models) {}

  /**
   * The type to model for an element that carries one of the step's annotations: the element
   * itself when it is a type, else none. A step whose annotations sit on members overrides this.
   */
  Optional<TypeElement> owner(Element annotated) {
    return annotated instanceof TypeElement type ? Optional.of(type) : Optional.empty();
  }

  /** Processes the types of one round, and those deferred by the round before. */
  final void process(RoundEnvironment round) {
    Set<String> names = new TreeSet<>(deferred);
    deferred.clear();
    for (String annotation : annotations) {
      TypeElement annotationType = elements.getTypeElement(annotation);
      if (annotationType == null) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotationType)) {
        owner(element).ifPresent(type -> names.add(type.getQualifiedName().toString()));
      }
    }
    List<M> models = new ArrayList<>();
    TypeElement first = null;
    for (String name : names) {
      TypeElement type = elements.getTypeElement(name);
      if (type == null) {
        continue;
      }
      try {
        Optional<M> model = processType(type, round.processingOver());
        if (model.isPresent()) {
          models.add(model.get());
          first = first == null ? type : first;
        }
      } catch (RuntimeException e) {
        reportInternalError(e, type);
      }
    }
    if (!models.isEmpty()) {
      try {
        finishRound(models);
      } catch (RuntimeException e) {
        reportInternalError(e, first);
      }
    }
  }

  private Optional<M> processType(TypeElement type, boolean lastRound) {
    ValidationReport report = new ValidationReport();
    Optional<M> model = model(type, report);
    if (report.hasUnresolved() && !lastRound) {
      deferred.add(type.getQualifiedName().toString());
      return Optional.empty();
    }
    if (!report.isClean() || model.isEmpty()) {
      report.printTo(messager);
      return Optional.empty();
    }
    generate(model.get(), type);
    return model;
  }

  /** Writes one generated source; a failure is an error on the type it was generated for. */
  final void write(JavaFile file, TypeElement type) {
    try {
      file.writeTo(filer);
    } catch (IOException e) {
      messager.printMessage(
          Diagnostic.Kind.ERROR,
          "could not write " + file.packageName() + "." + file.typeSpec().name() + ": " + e,
          type);
    }
  }

  private void reportInternalError(RuntimeException e, TypeElement type) {
    messager.printMessage(
        Message.INTERNAL_ERROR.kind(),
        Message.INTERNAL_ERROR.format(type.getQualifiedName(), describe(e)),
        type);
  }

  /** The exception and its first frames, which are what a bug report needs. */
  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder(e.toString());
    StackTraceElement[] frames = e.getStackTrace();
    for (int i = 0; i < Math.min(REPORTED_FRAMES, frames.length); i++) {
      text.append("\n\tat ").append(frames[i]);
    }
    if (frames.length > REPORTED_FRAMES) {
      text.append("\n\t...");
    }
    return text.toString();
  }
}
