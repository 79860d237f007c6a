package io.github.multiproc.processor;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.util.LinkedHashSet;
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
 * One round of {@code @Worker}/{@code @Daemon}/{@code @Pooled} processing: model, validate, write,
 * per user class.
 * A class whose types are not resolved yet is deferred to the next round (another processor may
 * generate them), and its unresolved types are reported only when processing is over, as Dagger's
 * {@code TypeCheckingProcessingStep} does.
 */
final class WorkerStep {
  private final Elements elements;
  private final Messager messager;
  private final Filer filer;
  private final WorkerModelFactory factory;
  /** Canonical names of classes deferred by an earlier round. */
  private final Set<String> deferred = new LinkedHashSet<>();
  private final ServiceFiles services;

  WorkerStep(ProcessingEnvironment env, ServiceFiles services) {
    this.services = services;
    this.elements = env.getElementUtils();
    this.messager = env.getMessager();
    this.filer = env.getFiler();
    this.factory = new WorkerModelFactory(env);
  }

  void process(RoundEnvironment round) {
    // Sorted so the files of one round are always written in the same order.
    Set<String> owners = new TreeSet<>(deferred);
    deferred.clear();
    for (String annotation : Set.of(
        WorkerModelFactory.WORKER, WorkerModelFactory.DAEMON, WorkerModelFactory.POOLED)) {
      TypeElement annotationType = elements.getTypeElement(annotation);
      if (annotationType == null) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotationType)) {
        Element owner = element instanceof TypeElement ? element : element.getEnclosingElement();
        if (owner instanceof TypeElement type) {
          owners.add(type.getQualifiedName().toString());
        }
      }
    }
    for (String name : owners) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        processClass(type, round.processingOver());
      }
    }
  }

  private void processClass(TypeElement type, boolean lastRound) {
    ValidationReport report = new ValidationReport();
    Optional<WorkerModel> model = factory.build(type, report);
    if (report.hasUnresolved() && !lastRound) {
      deferred.add(type.getQualifiedName().toString());
      return;
    }
    if (!report.isClean() || model.isEmpty()) {
      report.printTo(messager);
      return;
    }
    if (!model.get().members().isEmpty()) {
      write(ProcessesWriter.write(model.get()), type);
      write(LauncherWriter.write(model.get()), type);
    }
    if (!model.get().tasks().isEmpty()) {
      write(TasksWriter.write(model.get()), type);
      write(TaskProviderWriter.write(model.get()), type);
      services.add(TaskProviderWriter.TASK_PROVIDER, model.get().taskProvider(), type);
    }
    if (!model.get().definitions().isEmpty()) {
      for (JavaFile file : CodecsWriter.write(model.get(), services)) {
        write(file, type);
      }
    }
  }

  private void write(JavaFile file, TypeElement type) {
    try {
      file.writeTo(filer);
    } catch (IOException e) {
      messager.printMessage(Diagnostic.Kind.ERROR,
          "could not write " + file.packageName() + "." + file.typeSpec().name() + ": " + e, type);
    }
  }
}
