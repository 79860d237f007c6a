package io.github.multiproc.processor;

import com.palantir.javapoet.JavaFile;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * {@code @Worker}/{@code @Daemon}/{@code @Pooled}: for each user class, its factories and
 * launcher, its pool tasks and their provider, and its codec holder. The round mechanics (deferral,
 * reporting, writing) are {@link ProcessingStep}'s.
 */
final class WorkerStep extends ProcessingStep<WorkerModel> {
  private final WorkerModelFactory factory;
  private final ServiceFiles services;

  WorkerStep(ProcessingEnvironment env, ServiceFiles services) {
    super(env, RuntimeNames.WORKER, RuntimeNames.DAEMON, RuntimeNames.POOLED);
    this.services = services;
    this.factory = new WorkerModelFactory(env);
  }

  /** The annotations sit on methods as well as classes; either way the class is modelled. */
  @Override
  Optional<TypeElement> owner(Element annotated) {
    Element owner = annotated instanceof TypeElement ? annotated : annotated.getEnclosingElement();
    return owner instanceof TypeElement type ? Optional.of(type) : Optional.empty();
  }

  @Override
  Optional<WorkerModel> model(TypeElement type, ValidationReport report) {
    return factory.build(type, report);
  }

  @Override
  void generate(WorkerModel model, TypeElement type) {
    if (!model.members().isEmpty()) {
      write(ProcessesWriter.write(model), type);
      write(LauncherWriter.write(model), type);
    }
    if (!model.tasks().isEmpty()) {
      write(TasksWriter.write(model), type);
      write(TaskProviderWriter.write(model), type);
      services.add(RuntimeNames.TASK_PROVIDER, model.taskProvider(), type);
    }
    if (!model.definitions().isEmpty()) {
      for (JavaFile file : CodecsWriter.write(model, services)) {
        write(file, type);
      }
    }
  }
}
