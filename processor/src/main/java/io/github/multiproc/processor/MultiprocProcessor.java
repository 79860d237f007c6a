package io.github.multiproc.processor;

import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The multiproc annotation processor: for each class with {@code @Worker} or {@code @Daemon}
 * members it writes {@code <Class>Processes} (factories, Python's {@code Process(target=...)}),
 * {@code <Class>_Launcher} (the child's {@code main}) and, when needed, {@code <Class>_Codecs};
 * for each class with {@code @Pooled} methods {@code <Class>Tasks} (one {@code PoolTask} per
 * method, Python's pool {@code func}) and a {@code TaskProvider}; for each {@code @Portable} type a
 * {@code CodecProvider}; for each {@code @Managed} interface a {@code ManagedType} (Python's
 * {@code BaseManager.register}), listed by a {@code ManagedTypeProvider}. The providers are listed in
 * {@code META-INF/services}.
 *
 * <p>Thin on purpose: the work is in {@link WorkerStep}, {@link PortableStep} and {@link ManagedStep},
 * whose round mechanics (deferral, reporting, the catch-all for the processor's own bugs) are
 * {@link ProcessingStep}'s.
 */
@AutoService(Processor.class)
public final class MultiprocProcessor extends AbstractProcessor {
  private List<ProcessingStep<?>> steps;
  private ServiceFiles services;

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    services = new ServiceFiles(processingEnv.getFiler(), processingEnv.getMessager());
    steps =
        List.of(
            new WorkerStep(processingEnv, services),
            new PortableStep(processingEnv, services),
            new ManagedStep(processingEnv, services));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        RuntimeNames.WORKER,
        RuntimeNames.DAEMON,
        RuntimeNames.POOLED,
        RuntimeNames.PORTABLE,
        RuntimeNames.MANAGED);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (ProcessingStep<?> step : steps) {
      step.process(round);
    }
    if (round.processingOver()) {
      services.write();
    }
    // Other processors may handle the same annotations.
    return false;
  }
}
